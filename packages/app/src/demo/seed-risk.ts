// The demo's risk points, area polygons, sensitive targets, pipelines, chemical park, area risk and a year of
// snapshots (issue 4). Everything is marked is_demo = 1 (map rows also source 'demo'); names of things that stand
// alone end with （演示）. The territory and grid polygons are INVENTED (data/demo/areas.geojson, see data/demo/README.md).
//
// Determinism: one seeded PRNG drives every choice and ids are counters (demo-rp-NNNN, demo-st-NNN …); dates that must
// read as "late" or "recent" are relative to the seeding clock's date in China. The enterprise user's own company
// (organisation 'demo-enterprise-wenquan', login enterprise01) gets a full, hand-chosen set: a red tank farm, several
// posts, a regulator's override, the bureau's comments with the company's reply, and post confirmations.
// Idempotence: when demo risk points exist, nothing is written. Rows go in one transaction, in chunks, with one
// audit entry for the batch (action 'seed-demo'), as seed-enterprises does; area risk is then computed by the
// platform's own recomputeAllAreas.
import type { Db } from '@hazgov/db/database';
import { insertInChunks } from '@hazgov/db/plans/bulk-insert';
import type { RiskLevel } from '@hazgov/domain/risk/types';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { seedDistrictBoundary } from '../map/seed-district-boundary.js';
import { recomputeAllAreas } from '../risk/recompute-all-areas.js';
import { loadBands } from '../risk/risk-settings.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import type { Place } from './demo-enterprise-build.js';
import { chinaDate } from './demo-enterprise-names.js';
import { loadDemoAreas, mapAreaRows, type DemoAreas } from './demo-risk-areas.js';
import { UNIT_TEMPLATES, SITE_TEMPLATES, ENTERPRISE_TEMPLATES } from './demo-risk-catalog.js';
import { buildPipelines, buildSensitiveTargets, chemicalParkRow, pipelineRows, type HazardSpot } from './demo-risk-features.js';
import { buildComments, buildConfirmations, buildSnapshots, type Counts, type DemoPerson } from './demo-risk-history.js';
import { enterpriseSpecs, overridden, OVERRIDES, publicSpecs, riskPointRow, type DemoEnterprise, type RiskPointRow, type Spec } from './demo-risk-points.js';
import { seededRng } from './prng.js';
import { loadDemoPlaces } from './seed-enterprises.js';

export const DEMO_RISK_SEED = 20190301;
export const OWN_ENTERPRISE_ID = 'demo-ent-000';

export type SeedRiskResult = { alreadySeeded: boolean; counts: Record<string, number> };

async function loadDemoEnterprises(db: Db): Promise<DemoEnterprise[]> {
  const ents = await db.selectFrom('enterprises').select(['id', 'name', 'path', 'territory_id', 'grid_id', 'industry', 'lng', 'lat'])
    .where('is_demo', '=', 1).orderBy('id').execute();
  const ids = ents.map((e) => e.id);
  if (ids.length === 0) return [];
  const units = await db.selectFrom('enterprise_units').select(['id', 'enterprise_id', 'site_id', 'name', 'facility', 'lng', 'lat', 'is_major_hazard', 'grade', 'sort'])
    .where('enterprise_id', 'in', ids).orderBy('enterprise_id').orderBy('sort').orderBy('id').execute();
  const sites = await db.selectFrom('enterprise_sites').select(['id', 'enterprise_id', 'name', 'lng', 'lat', 'sort'])
    .where('enterprise_id', 'in', ids).orderBy('enterprise_id').orderBy('sort').orderBy('id').execute();
  return ents.map((e) => ({
    ...e, units: units.filter((u) => u.enterprise_id === e.id).map((u) => ({ ...u, is_major_hazard: Number(u.is_major_hazard) })), sites: sites.filter((s) => s.enterprise_id === e.id),
  }));
}

async function person(db: Db, username: string, fallback: string): Promise<DemoPerson> {
  const u = await db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id')
    .select(['users.id', 'users.display_name', 'o.name as org']).where('users.username', '=', username).executeTakeFirst();
  return u ? { id: u.id, name: u.display_name, organisation: u.org } : { id: `seed-demo:${username}`, name: fallback, organisation: fallback };
}

/** The enterprise user's own company, point by point (levels, methods and statuses chosen for the demo story). */
function ownSpecs(e: DemoEnterprise, areas: DemoAreas): Spec[] {
  const common = { enterprise: e, territoryId: e.territory_id, gridId: e.grid_id, path: e.path };
  const pt = (p: { lng: number | null; lat: number | null } | undefined) => (p && p.lng !== null && p.lat !== null && areas.at(p.lng, p.lat) ? { lng: p.lng, lat: p.lat } : null);
  const [tank, plant] = e.units;
  const site = e.sites[0];
  const specs: Spec[] = [];
  if (tank) specs.push({ ...common, kind: 'unit', name: tank.name, template: UNIT_TEMPLATES.tank_farm, level: 'red', method: 'lec', siteId: tank.site_id, unitId: tank.id, point: pt(tank), status: 'attention', late: false });
  if (plant) specs.push({ ...common, kind: 'unit', name: plant.name, template: UNIT_TEMPLATES.process, level: 'orange', method: 'lec', siteId: plant.site_id, unitId: plant.id, point: pt(plant), status: 'controlled', late: false });
  const [loading, sewage, power] = SITE_TEMPLATES;
  specs.push({ ...common, kind: 'site', name: loading!.name, template: loading!, level: 'yellow', method: 'ls', siteId: site?.id ?? null, unitId: null, point: pt(site), status: 'attention', late: false });
  specs.push({ ...common, kind: 'site', name: sewage!.name, template: sewage!, level: 'yellow', method: 'matrix', siteId: site?.id ?? null, unitId: null, point: pt(site), status: 'controlled', late: false });
  specs.push({ ...common, kind: 'site', name: power!.name, template: power!, level: 'blue', method: 'ls', siteId: site?.id ?? null, unitId: null, point: pt(site), status: 'controlled', late: false });
  specs.push({ ...common, kind: 'enterprise', name: ENTERPRISE_TEMPLATES[0]!.name, template: ENTERPRISE_TEMPLATES[0]!, level: 'yellow', method: 'lec', siteId: null, unitId: null, point: pt(e), status: 'controlled', late: true });
  return specs;
}

export async function seedDemoRisk(ctx: AppContext): Promise<SeedRiskResult> {
  await seedDistrictBoundary(ctx);
  const db = ctx.database.db;
  const already = await db.selectFrom('risk_points').select('id').where('is_demo', '=', 1).limit(1).executeTakeFirst();
  if (already) return { alreadySeeded: true, counts: {} };

  const now = ctx.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const rng = seededRng(DEMO_RISK_SEED);
  const places: Place[] = await loadDemoPlaces(db);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const areas = await loadDemoAreas(db);
  const enterprises = await loadDemoEnterprises(db);
  const bands = await loadBands(db);
  const bureau = await person(db, 'ajj', '区安全监管局联络员');
  const town = await person(db, 'wenquan', '温泉镇安监办');
  const owner = await person(db, 'enterprise01', '企业安全管理员');

  // risk points: the own company first (demo-rp-0001 …), then every other demo enterprise, then public places
  const pipelines = buildPipelines(rng, places);
  const c = { rng, bands, today, at };
  let n = 0;
  const nextId = (): string => `demo-rp-${String((n += 1)).padStart(4, '0')}`;
  const own = enterprises.find((e) => e.id === OWN_ENTERPRISE_ID);
  const ownRows = own ? ownSpecs(own, areas).map((s) => riskPointRow(c, nextId(), s)) : [];
  const loading = ownRows.find((r) => r.name === SITE_TEMPLATES[0]!.name);
  if (loading) Object.assign(loading, overridden(loading, { up: true, reason: '装卸区距厂外道路和村民住宅不足50米，且近期槽车装卸频次增加，提级为较大风险管控。' }, bureau.name, at));
  const otherRows = enterprises.filter((e) => e !== own).flatMap((e) => enterpriseSpecs(rng, e, areas, placeById.get(e.territory_id)).map((s) => riskPointRow(c, nextId(), s)));
  const publicRows = publicSpecs(rng, areas, places, pipelines).map((s) => riskPointRow(c, nextId(), s));
  const rows: RiskPointRow[] = [...ownRows, ...otherRows, ...publicRows];
  // a regulator's overrides on a few other points (every 97th, so they spread over the district)
  otherRows.filter((_, i) => i % 97 === 41).forEach((r, k) => Object.assign(r, overridden(r, OVERRIDES[k % OVERRIDES.length]!, bureau.name, at)));

  // map layers: hazards (major-hazard units with coordinates) anchor the ring's sensitive targets
  const hazards: (HazardSpot & { place: Place })[] = enterprises.flatMap((e) => e.units.filter((u) => u.is_major_hazard && u.lng !== null && u.lat !== null && placeById.has(e.territory_id))
    .map((u) => ({ lng: u.lng!, lat: u.lat!, grade: u.grade, place: placeById.get(e.territory_id)! })));
  const features = [
    ...buildSensitiveTargets(rng, { areas, places, hazards, at }),
    ...pipelineRows(areas, pipelines, at),
    ...(places.find((p) => p.mix === 'park') ? [chemicalParkRow(rng, areas, places.find((p) => p.mix === 'park')!, at)] : []),
  ];

  const comments = buildComments(rng, { own: ownRows, others: otherRows, bureau, town, owner, today });
  const confirmations = buildConfirmations(rng, { own: ownRows, recorder: owner.id, today });
  const counts = new Map<string, Counts>();
  for (const r of rows) {
    const k = counts.get(r.territory_id) ?? { red: 0, orange: 0, yellow: 0, blue: 0, out_of_control: 0, review_late: 0 };
    k[r.level as RiskLevel] += 1;
    if (r.status === 'out_of_control') k.out_of_control += 1;
    if (r.next_review_on < today) k.review_late += 1;
    counts.set(r.territory_id, k);
  }
  const snapshots = buildSnapshots(rng, { territories: places.map((p) => ({ id: p.id, path: p.path })), now: counts, today });

  const result = await inTransaction(ctx, async (trx) => {
    const haveArea = new Set((await trx.selectFrom('map_areas').select('organisation_id').execute()).map((r) => r.organisation_id));
    const haveSnap = new Set((await trx.selectFrom('risk_snapshots').select(['taken_on', 'territory_id']).where('taken_on', '>=', snapshots[0]?.taken_on ?? today).execute()).map((r) => `${r.taken_on}|${r.territory_id}`));
    const haveFeature = new Set((await trx.selectFrom('map_features').select('id').where('is_demo', '=', 1).execute()).map((r) => r.id));
    const written: Record<string, number> = {
      mapAreas: await insertInChunks(trx, 'map_areas', mapAreaRows(areas.areas.filter((a) => !haveArea.has(a.id)), at)),
      mapFeatures: await insertInChunks(trx, 'map_features', features.filter((f) => !haveFeature.has(f.id))),
      riskPoints: await insertInChunks(trx, 'risk_points', rows),
      comments: await insertInChunks(trx, 'risk_comments', comments),
      confirmations: await insertInChunks(trx, 'risk_confirmations', confirmations),
      snapshots: await insertInChunks(trx, 'risk_snapshots', snapshots.filter((s) => !haveSnap.has(`${s.taken_on}|${s.territory_id}`))),
    };
    await recordAudit(trx, { actor: systemActor('seed-demo'), action: 'seed-demo', entity: 'risk_point', entityId: 'demo-risk', after: { seed: DEMO_RISK_SEED, today, ...written }, at });
    return written;
  });
  const recomputed = await recomputeAllAreas(ctx);
  return { alreadySeeded: false, counts: { ...result, areaRisk: recomputed.count } };
}
