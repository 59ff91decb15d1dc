// POST /api/map/areas/import (district admin): territory and grid polygons (and the district's own boundary) from
// a GeoJSON file. Each feature names its organisation by properties.code (organisation id or code) or
// properties.name; the file is validated whole (domain/map/geojson-validate) and, in a dry run, answered as a
// preview. Otherwise all or nothing, in ONE transaction: polygons upserted, then every map feature re-placed by
// point-in-polygon (the path rule), then the area risk of every area concerned recomputed.
import type { Feature } from 'geojson';
import { listOrganisationsOfKinds } from '@hazgov/db/orgs/organisations.repository';
import crypto from 'node:crypto';
import { findAreasByIds, upsertArea } from '@hazgov/db/map/areas.repository';
import { featuresWithPointIn, setFeaturePlace } from '@hazgov/db/map/map-features.repository';
import { parseGeoJson } from '@hazgov/domain/map/geojson-validate';
import { areaKm2, bboxOf } from '@hazgov/domain/map/geometry';
import type { CoordSystem } from '@hazgov/domain/map/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { Db } from '@hazgov/db/database';
import { recordAudit } from '../audit/audit-chain.js';
import { recomputeAreasOf } from '../risk/recompute-areas.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { nonNegativeInteger, previewCollection, refuseImport, textOf, type ImportFeatureReport, type ImportOutcome, type ImportProblem } from './import-problems.js';
import { loadPlacer } from './place-of-point.js';

type Org = { id: string; code: string | null; name: string; kind: string; path: string };
type Planned = { org: Org; geometry: Feature['geometry']; population: number | null; index: number };

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());

async function loadOrganisations(db: Db): Promise<Org[]> {
  return listOrganisationsOfKinds(db, ['district', 'territory', 'grid']);
}

export async function importAreas(ctx: AppContext, opts: { actor: Actor; file: Buffer; fileName: string; crs: CoordSystem; dryRun: boolean }): Promise<ImportOutcome> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const db = ctx.database.db;
  const parsed = parseGeoJson(textOf(opts.file), { use: 'area', crs: opts.crs });
  const orgs = await loadOrganisations(db);
  const byIdOrCode = new Map<string, Org>();
  for (const o of orgs) { byIdOrCode.set(o.id, o); if (o.code) byIdOrCode.set(o.code, o); }
  const byName = new Map<string, Org[]>();
  for (const o of orgs) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);

  const errors: ImportProblem[] = [...parsed.errors.filter((e) => e.row === 0)];
  const reports: ImportFeatureReport[] = [];
  const planned: Planned[] = [];
  const firstRowOf = new Map<string, number>();
  const preview: Feature[] = [];
  for (const f of parsed.features) {
    const row = f.index + 1;
    const problems: ImportProblem[] = [...f.problems];
    const code = text(f.properties.code);
    const name = text(f.properties.name);
    let org: Org | null = null;
    if (code) {
      org = byIdOrCode.get(code) ?? null;
      if (!org) problems.push({ row, field: 'properties.code', code: 'MAP_AREA_ORGANISATION_UNKNOWN', params: { value: code } });
    } else if (name) {
      const found = byName.get(name) ?? [];
      if (found.length === 1) org = found[0]!;
      else if (found.length > 1) problems.push({ row, field: 'properties.name', code: 'MAP_AREA_ORGANISATION_AMBIGUOUS', params: { value: name, count: found.length } });
      else problems.push({ row, field: 'properties.name', code: 'MAP_AREA_ORGANISATION_UNKNOWN', params: { value: name } });
    } else problems.push({ row, field: 'properties.code', code: 'MAP_AREA_ORGANISATION_REQUIRED' });
    if (org) {
      const first = firstRowOf.get(org.id);
      if (first !== undefined) problems.push({ row, field: code ? 'properties.code' : 'properties.name', code: 'MAP_AREA_DUPLICATE', params: { value: org.name, firstRow: first } });
      else firstRowOf.set(org.id, row);
    }
    const population = nonNegativeInteger(f.properties.population);
    if (population === 'bad') problems.push({ row, field: 'properties.population', code: 'MAP_POPULATION_INVALID', params: { value: text(f.properties.population) } });
    const ok = problems.length === 0 && f.geometry !== null && org !== null;
    const areaKm = f.geometry ? Math.round(areaKm2(f.geometry) * 1000) / 1000 : null;
    reports.push({ index: f.index, organisation: org ? { id: org.id, name: org.name, kind: org.kind } : null, name: name || org?.name || '', area_km2: areaKm, ok, problems });
    errors.push(...problems);
    if (f.geometry) {
      preview.push({ type: 'Feature', geometry: f.geometry, properties: { index: f.index, organisationId: org?.id ?? null, name: org?.name ?? name, kind: org?.kind ?? null, ok } });
    }
    if (ok) planned.push({ org: org!, geometry: f.geometry!, population: population as number | null, index: f.index });
  }
  if (opts.dryRun) return { dryRun: true, report: { features: reports, errors, preview: previewCollection(preview) } };
  if (errors.length > 0) throw refuseImport(errors);
  const imported = await inTransaction(ctx, (trx) => writeAreas(trx, ctx, opts, planned));
  return { dryRun: false, imported };
}

async function writeAreas(trx: Db, ctx: AppContext, opts: { actor: Actor; fileName: string; crs: CoordSystem }, planned: Planned[]): Promise<number> {
  const at = ctx.now().toISOString();
  const before = new Map((await findAreasByIds(trx, planned.map((p) => p.org.id))).map((a) => [a.organisation_id, a]));
  for (const p of planned) {
    const box = bboxOf(p.geometry);
    const geometryJson = JSON.stringify(p.geometry);
    const row = {
      organisation_id: p.org.id, path: p.org.path, kind: p.org.kind === 'district' ? 'district' : p.org.kind, geometry_json: geometryJson,
      min_lng: box.minLng, min_lat: box.minLat, max_lng: box.maxLng, max_lat: box.maxLat, population: p.population,
      source: opts.fileName || 'upload.geojson', coord_input: opts.crs, imported_at: at, imported_by: opts.actor.userId,
    };
    await upsertArea(trx, row);
    const summary = (r: { kind: string; min_lng: number; min_lat: number; max_lng: number; max_lat: number; population: number | null; source: string; coord_input: string; geometry_json: string } | undefined) => r && {
      kind: r.kind, bbox: [r.min_lng, r.min_lat, r.max_lng, r.max_lat], population: r.population, source: r.source, coordInput: r.coord_input,
      geometrySha256: crypto.createHash('sha256').update(r.geometry_json).digest('hex'),
    };
    await recordAudit(trx, { actor: opts.actor, action: before.has(p.org.id) ? 'map_area.replaced' : 'map_area.imported', entity: 'map_area', entityId: p.org.id, before: summary(before.get(p.org.id)), after: summary(row), at });
  }
  const touched = await replaceFeatures(trx);
  await recomputeAreasOf(trx, ctx, [...planned.filter((p) => p.org.kind !== 'district').map((p) => p.org.id), ...touched]);
  return planned.length;
}

/** Re-places every map feature by the path rule; returns the organisations that lost or gained a feature. */
export async function replaceFeatures(trx: Db): Promise<string[]> {
  const place = await loadPlacer(trx);
  const touched = new Set<string>();
  const everything = { minLng: -180, minLat: -90, maxLng: 180, maxLat: 90 };
  for (const f of await featuresWithPointIn(trx, everything)) {
    const p = place({ lng: Number(f.lng), lat: Number(f.lat) });
    if (p.path === f.path && p.territoryId === f.territory_id) continue;
    await setFeaturePlace(trx, f.id, p.path, p.territoryId);
    if (f.territory_id) touched.add(f.territory_id);
    if (p.territoryId) touched.add(p.territoryId);
  }
  return [...touched];
}
