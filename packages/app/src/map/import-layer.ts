// POST /api/map/layers/import (district admin): sensitive targets (GeoJSON points, or the .xlsx template), pipelines
// (lines) and chemical parks (polygons). Checked whole — geometry (domain/map/geojson-validate), name, category,
// population, every representative point inside the district — then previewed (dry run) or written all or nothing
// in ONE transaction: each feature placed by the path rule, one audit entry for the import, and the area risk of the
// areas that gained a feature recomputed.
import crypto from 'node:crypto';
import { listOrganisationsOfKinds } from '@hazgov/db/orgs/organisations.repository';
import type { Feature, Geometry } from 'geojson';
import type { Db } from '@hazgov/db/database';
import { findDistrictArea } from '@hazgov/db/map/areas.repository';
import { insertFeatures } from '@hazgov/db/map/map-features.repository';
import { parseGeoJson, type GeoJsonUse } from '@hazgov/domain/map/geojson-validate';
import { bboxOf, pointInGeometry } from '@hazgov/domain/map/geometry';
import { sensitiveCategories, sensitiveCategoryLabels, type CoordSystem, type FeatureLayer } from '@hazgov/domain/map/types';
import { gcj02ToWgs84 } from '@hazgov/domain/shared/gcj02';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { recomputeAreasOf } from '../risk/recompute-areas.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { nonNegativeInteger, previewCollection, refuseImport, textOf, type ImportFeatureReport, type ImportOutcome, type ImportProblem } from './import-problems.js';
import { COLUMNS, readLayerWorkbook, type LayerColumn } from './layer-workbook.js';
import { loadPlacer, representativePoint } from './place-of-point.js';

type Candidate = {
  index: number; row: number; name: string; category: string | null; population: number | null; geometry: Geometry | null;
  coordInput: CoordSystem; properties: Record<string, unknown>; problems: ImportProblem[];
  /** where a point problem is reported: the GeoJSON field, or the sheet's 经度 column */
  pointField: string;
};

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const MAX_NAME = 200;

function categoryOf(raw: string): string | null {
  if (raw === '') return 'other';
  const key = raw.toLowerCase();
  if ((sensitiveCategories as readonly string[]).includes(key)) return key;
  return sensitiveCategories.find((c) => sensitiveCategoryLabels[c] === raw) ?? null;
}

const header = (key: LayerColumn): string => COLUMNS.find((c) => c.key === key)!.zh;

function fromWorkbookRows(rows: Awaited<ReturnType<typeof readLayerWorkbook>>['rows'], crs: CoordSystem): Candidate[] {
  return rows.map((r, index) => {
    const problems: ImportProblem[] = [];
    const add = (key: LayerColumn, code: string, params?: Record<string, string | number>) => problems.push({ row: r.row, field: header(key), code, ...(params ? { params } : {}) });
    const c = r.cells;
    const name = c.name ?? '';
    if (name === '') add('name', 'MAP_FEATURE_NAME_REQUIRED');
    else if (name.length > MAX_NAME) add('name', 'MAP_FEATURE_NAME_TOO_LONG', { max: MAX_NAME });
    const category = categoryOf(c.category ?? '');
    if (!category) add('category', 'MAP_CATEGORY_UNKNOWN', { value: c.category ?? '', allowed: sensitiveCategories.map((k) => sensitiveCategoryLabels[k]).join('、') });
    const population = nonNegativeInteger(c.population);
    if (population === 'bad') add('population', 'MAP_POPULATION_INVALID', { value: c.population ?? '' });
    const crsText = (c.crs ?? '').toUpperCase().replace(/[-_\s]/g, '');
    const coordInput: CoordSystem | null = crsText === '' ? crs : crsText === 'WGS84' ? 'wgs84' : crsText === 'GCJ02' ? 'gcj02' : null;
    if (!coordInput) add('crs', 'MAP_CRS_UNKNOWN', { value: c.crs ?? '' });
    const lng = Number(c.lng), lat = Number(c.lat);
    let geometry: Geometry | null = null;
    if (c.lng === undefined) add('lng', 'MAP_COORDINATE_REQUIRED');
    else if (!Number.isFinite(lng) || Math.abs(lng) > 180) add('lng', 'MAP_COORDINATE_INVALID', { value: c.lng });
    if (c.lat === undefined) add('lat', 'MAP_COORDINATE_REQUIRED');
    else if (!Number.isFinite(lat) || Math.abs(lat) > 90) add('lat', 'MAP_COORDINATE_INVALID', { value: c.lat });
    if (problems.every((p) => p.field !== header('lng') && p.field !== header('lat')) && coordInput) {
      const w = coordInput === 'gcj02' ? gcj02ToWgs84({ lng, lat }) : { lng, lat };
      geometry = { type: 'Point', coordinates: [Math.round(w.lng * 1e7) / 1e7, Math.round(w.lat * 1e7) / 1e7] };
    }
    return { index, row: r.row, name, category, population: typeof population === 'number' ? population : null, geometry, coordInput: coordInput ?? crs, properties: {}, problems, pointField: header('lng') };
  });
}

function fromGeoJson(file: Buffer, layer: FeatureLayer, crs: CoordSystem): { candidates: Candidate[]; fileErrors: ImportProblem[] } {
  const parsed = parseGeoJson(textOf(file), { use: layer as GeoJsonUse, crs });
  const candidates = parsed.features.map((f): Candidate => {
    const row = f.index + 1;
    const problems = [...f.problems];
    const { name: n1, 名称: n2, category: c1, 类别: c2, medium, population: p1, 人数: p2, ...rest } = f.properties;
    const name = text(n1 ?? n2);
    if (name === '') problems.push({ row, field: 'properties.name', code: 'MAP_FEATURE_NAME_REQUIRED' });
    else if (name.length > MAX_NAME) problems.push({ row, field: 'properties.name', code: 'MAP_FEATURE_NAME_TOO_LONG', params: { max: MAX_NAME } });
    let category: string | null = text(layer === 'pipeline' ? medium ?? c1 ?? c2 : c1 ?? c2) || null;
    if (layer === 'sensitive_target') {
      const c = categoryOf(category ?? '');
      if (!c) problems.push({ row, field: 'properties.category', code: 'MAP_CATEGORY_UNKNOWN', params: { value: category ?? '', allowed: sensitiveCategories.join(', ') } });
      category = c;
    } else if (category && category.length > 50) category = category.slice(0, 50);
    const population = nonNegativeInteger(p1 ?? p2);
    if (population === 'bad') problems.push({ row, field: 'properties.population', code: 'MAP_POPULATION_INVALID', params: { value: text(p1 ?? p2) } });
    return {
      index: f.index, row, name, category, population: typeof population === 'number' ? population : null, geometry: f.geometry, coordInput: crs,
      properties: rest, problems, pointField: 'geometry.coordinates',
    };
  });
  return { candidates, fileErrors: parsed.errors.filter((e) => e.row === 0) };
}

export async function importLayer(
  ctx: AppContext,
  opts: { actor: Actor; layer: FeatureLayer; file: Buffer; fileName: string; crs: CoordSystem; dryRun: boolean },
): Promise<ImportOutcome> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const db = ctx.database.db;
  const isXlsx = /\.xlsx$/i.test(opts.fileName);
  let candidates: Candidate[];
  const errors: ImportProblem[] = [];
  if (isXlsx) {
    if (opts.layer !== 'sensitive_target') {
      throw refuseImport([{ row: 0, field: 'file', code: 'MAP_XLSX_ONLY_SENSITIVE_TARGETS' }]);
    }
    const read = await readLayerWorkbook(opts.file);
    errors.push(...read.problems);
    candidates = fromWorkbookRows(read.rows, opts.crs);
  } else {
    const r = fromGeoJson(opts.file, opts.layer, opts.crs);
    errors.push(...r.fileErrors);
    candidates = r.candidates;
  }
  const boundary = await findDistrictArea(db);
  const boundaryGeometry = boundary ? (JSON.parse(boundary.geometry_json) as Geometry) : null;
  const place = await loadPlacer(db);
  const names = new Map((await listOrganisationsOfKinds(db, ['territory', 'grid'])).map((o) => [o.id, o]));
  const reports: ImportFeatureReport[] = [];
  const preview: Feature[] = [];
  const rows: Parameters<typeof insertFeatures>[1] = [];
  const at = ctx.now().toISOString();
  for (const c of candidates) {
    let placed: ReturnType<typeof place> | null = null;
    if (c.geometry && c.problems.length === 0) {
      const p = representativePoint(c.geometry);
      if (boundaryGeometry && !pointInGeometry([p.lng, p.lat], boundaryGeometry)) {
        c.problems.push({ row: c.row, field: c.pointField, code: 'MAP_POINT_OUTSIDE_DISTRICT', params: { lng: round6(p.lng), lat: round6(p.lat) } });
      } else placed = place(p);
    }
    const ok = c.problems.length === 0 && c.geometry !== null && placed !== null;
    const org = placed?.territoryId ? names.get(placed.territoryId) : undefined;
    reports.push({ index: c.index, organisation: org ? { id: org.id, name: org.name, kind: org.kind } : null, name: c.name, ok, problems: c.problems });
    errors.push(...c.problems);
    if (c.geometry) preview.push({ type: 'Feature', geometry: c.geometry, properties: { index: c.index, name: c.name, category: c.category, population: c.population, ok } });
    if (ok && placed) {
      const p = representativePoint(c.geometry!);
      const box = bboxOf(c.geometry!);
      rows.push({
        id: crypto.randomUUID(), path: placed.path, territory_id: placed.territoryId, layer: opts.layer, category: c.category, name: c.name,
        geometry_json: JSON.stringify(c.geometry), lng: p.lng, lat: p.lat, min_lng: box.minLng, min_lat: box.minLat, max_lng: box.maxLng, max_lat: box.maxLat,
        population: c.population, properties_json: JSON.stringify(c.properties), source: opts.fileName || 'upload', coord_input: c.coordInput,
        created_at: at, created_by: opts.actor.userId,
      });
    }
  }
  if (opts.dryRun) return { dryRun: true, report: { features: reports, errors, preview: previewCollection(preview) } };
  if (errors.length > 0) throw refuseImport(errors);
  await inTransaction(ctx, (trx) => writeLayer(trx, ctx, opts, rows));
  return { dryRun: false, imported: rows.length };
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

async function writeLayer(trx: Db, ctx: AppContext, opts: { actor: Actor; layer: FeatureLayer; fileName: string }, rows: Parameters<typeof insertFeatures>[1]): Promise<void> {
  await insertFeatures(trx, rows);
  await recordAudit(trx, {
    actor: opts.actor, action: 'map_feature.imported', entity: 'map_feature', entityId: `import:${rows[0]?.id ?? 'none'}`,
    after: { layer: opts.layer, source: opts.fileName, count: rows.length, ids: rows.map((r) => r.id) }, at: ctx.now().toISOString(),
  });
  const territories = [...new Set(rows.map((r) => r.territory_id).filter((x): x is string => !!x))];
  await recomputeAreasOf(trx, ctx, territories);
}
