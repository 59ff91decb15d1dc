// Routes of the map (docs/api-contract.md § Map): the bounding-box features of every layer, the district boundary,
// the ring around a major hazard, area and layer imports (admin), the layer list and the tile settings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getBoundary } from '@hazgov/app/map/get-boundary';
import { getMapFeatures } from '@hazgov/app/map/get-map-features';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { parseFeaturesQuery } from './map.presenter.js';
import * as s from './map.schemas.js';

export async function mapRoutes(app: FastifyInstance): Promise<void> {
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
}
