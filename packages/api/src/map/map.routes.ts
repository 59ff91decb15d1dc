// Routes of the map (docs/api-contract.md § Map): the bounding-box features of every layer, the district boundary,
// the ring around a major hazard, area and layer imports (admin), the layer list and the tile settings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getBoundary } from '@hazgov/app/map/get-boundary';
import { getMapFeatures } from '@hazgov/app/map/get-map-features';
import { getRing } from '@hazgov/app/map/get-ring';
import { importAreas } from '@hazgov/app/map/import-areas';
import { importLayer } from '@hazgov/app/map/import-layer';
import { getLayerTemplate } from '@hazgov/app/map/get-layer-template';
import { listLayerFeatures } from '@hazgov/app/map/list-layer-features';
import { deleteLayerFeature } from '@hazgov/app/map/delete-layer-feature';
import { getMapSettings, saveMapSettings } from '@hazgov/app/map/map-settings';
import type { TileCsp } from './tile-csp.js';
import { XLSX } from '@hazgov/app/plans/export-unit-report';
import { attachment } from '../plans/plans.presenter.js';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { parseFeaturesQuery, presentImport } from './map.presenter.js';
import { isDryRun, readMapUpload } from './map-upload.js';
import * as s from './map.schemas.js';

export async function mapRoutes(app: FastifyInstance, opts: { tileCsp?: TileCsp }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['map'];

  r.get('/api/map/features', {
    schema: {
      tags, summary: 'The layers inside a bounding box as GeoJSON (WGS-84), scoped; point layers clustered on the server above 2,000 in view',
      querystring: s.featuresQuery, response: { 200: s.featureCollection, ...errorResponses },
    },
  }, async (request) => {
    const { actor } = requireActor(request);
    return getMapFeatures(ctx, { actor, query: parseFeaturesQuery(request.query) }) as never;
  });

  r.get('/api/map/boundary', {
    schema: { tags, summary: 'The district boundary (a GeoJSON Feature with its source, licence and precision), or 404 MAP_NO_BOUNDARY', response: { 200: s.boundaryFeature, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return getBoundary(ctx) as never;
  });

  r.get('/api/map/ring', {
    schema: { tags, summary: 'Sensitive targets within a radius (50–5000 m, default 500) of a unit, an enterprise or a point, nearest first', querystring: s.ringQuery, response: { 200: s.ringResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return getRing(ctx, { actor, query: request.query });
  });

  r.post('/api/map/areas/import', {
    schema: {
      tags, summary: 'Import territory / grid polygons from GeoJSON (district admin; multipart file + crs); dryRun=1 previews, otherwise all or nothing',
      consumes: ['multipart/form-data'], querystring: s.importQuery, response: { 200: s.importResponse, ...errorResponses },
    },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    const upload = await readMapUpload(request);
    const out = await importAreas(ctx, { actor, ...upload, dryRun: isDryRun(request.query.dryRun) });
    return (out.dryRun ? presentImport(out.report, request.locale) : { imported: out.imported }) as never;
  });

  r.post('/api/map/layers/import', {
    schema: {
      tags, summary: 'Import sensitive targets (GeoJSON or .xlsx), pipelines or chemical parks (GeoJSON) (district admin; multipart file + crs)',
      consumes: ['multipart/form-data'], querystring: s.layerImportQuery, response: { 200: s.importResponse, ...errorResponses },
    },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    const upload = await readMapUpload(request);
    const out = await importLayer(ctx, { actor, layer: request.query.layer, ...upload, dryRun: isDryRun(request.query.dryRun) });
    return (out.dryRun ? presentImport(out.report, request.locale) : { imported: out.imported }) as never;
  });

  r.get('/api/map/layers/template.xlsx', {
    schema: { tags, summary: 'The sensitive-target import template (说明 sheet, drop-downs for 类别 and 坐标系)', response: { 200: binaryResponse(XLSX, 'The template workbook'), ...errorResponses } },
  }, async (request, reply) => {
    requireActor(request);
    const buffer = await getLayerTemplate();
    return reply.header('content-type', XLSX).header('content-disposition', attachment('敏感目标导入模板.xlsx')).send(buffer as never);
  });

  r.get('/api/map/layers', {
    schema: { tags, summary: 'Imported map features (pipelines, sensitive targets, chemical parks), newest first, scoped', querystring: s.layersQuery, response: { 200: s.layersResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const q = request.query;
    const { items, total } = await listLayerFeatures(ctx, { actor, layer: q.layer, page: q.page, pageSize: q.pageSize });
    return { items, total, page: q.page, pageSize: q.pageSize };
  });

  r.delete('/api/map/layers/:id', {
    schema: { tags, summary: 'Delete one imported map feature (district admin)', params: s.featureParams, response: { 204: s.noContent, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    await deleteLayerFeature(ctx, { actor, id: request.params.id });
    return reply.code(204).send(null);
  });

  r.get('/api/map/settings', {
    schema: { tags, summary: 'Map settings: the optional tile layer (off by default: the map needs no network)', response: { 200: s.settingsResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return getMapSettings(ctx.database.db);
  });

  r.put('/api/map/settings', {
    schema: { tags, summary: 'Save the map settings (district admin); a tile URL template must be http(s) with {z}, {x} and {y}', body: s.settingsBody, response: { 200: s.settingsResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    const saved = await saveMapSettings(ctx, { actor, settings: request.body });
    opts.tileCsp?.set(saved.tiles); // the page may load the new tiles at once
    return saved;
  });
}
