// The demo's risk points: 3–6 per demo enterprise (its units, a site's loading bay / waste-water station / power room,
// the enterprise's special works) and about 30 public places (filling stations, CNG and LNG stations, warehouse areas,
// pipeline segments). Colours follow what the place is — a grade-1 major hazard's tank farm is likely red, a power
// room blue — through inputs picked for a colour (demo-risk-assess.ts) and scored by the domain's `assess` with the
// bands in force. Statuses are mostly controlled, a few out of control; a tenth of the reviews are late relative to
// the seeding clock. Ids are counters (demo-rp-NNNN), so two seeds write the same rows.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { assess } from '@hazgov/domain/risk/assessment';
import type { RiskBands, RiskLevel, RiskStatus } from '@hazgov/domain/risk/types';
import type { Place } from './demo-enterprise-build.js';
import { addDays, demoPhone, personName } from './demo-enterprise-names.js';
import { CONTROL_LEVEL, drawLevel, pickAssessment, RESPONSIBLE_DEPARTMENT, REVIEW_DAYS } from './demo-risk-assess.js';
import { type DemoAreas } from './demo-risk-areas.js';
import { ENTERPRISE_TEMPLATES, PUBLIC_TEMPLATES, SITE_TEMPLATES, UNIT_TEMPLATES, type RiskTemplate } from './demo-risk-catalog.js';
import { DEMO, offsetMetres, pointInTerritory, type DemoPipeline } from './demo-risk-features.js';
import type { Rng } from './prng.js';

export type RiskPointRow = Insertable<DB['risk_points']>;
export type DemoUnit = { id: string; site_id: string | null; name: string; facility: string | null; lng: number | null; lat: number | null; is_major_hazard: number; grade: number | null };
export type DemoSite = { id: string; name: string; lng: number | null; lat: number | null };
export type DemoEnterprise = {
  id: string; name: string; path: string; territory_id: string; grid_id: string | null; industry: string | null; lng: number | null; lat: number | null;
  units: DemoUnit[]; sites: DemoSite[];
};
export type Spec = {
  kind: RiskPointRow['kind']; name: string; template: RiskTemplate; level: RiskLevel; method?: 'lec' | 'ls' | 'matrix';
  enterprise: DemoEnterprise | null; siteId: string | null; unitId: string | null; territoryId: string; gridId: string | null; path: string;
  point: { lng: number; lat: number } | null; status?: RiskStatus; late?: boolean;
};
type Ctx = { rng: Rng; bands: RiskBands; today: string; at: string };

function unitTemplate(u: DemoUnit, industry: string | null): RiskTemplate {
  if (u.name.includes('加氯')) return UNIT_TEMPLATES.chlorine;
  if (u.name.includes('液化石油气') || (industry === '燃气生产和供应业' && u.name.includes('钢瓶'))) return UNIT_TEMPLATES.lpg;
  if (u.name.includes('液氧') || u.name.includes('气瓶')) return UNIT_TEMPLATES.oxygen;
  if (industry === '加油站') return UNIT_TEMPLATES.station;
  if (u.facility === 'tank_farm') return UNIT_TEMPLATES.tank_farm;
  if (u.facility === 'process') return UNIT_TEMPLATES.process;
  return UNIT_TEMPLATES.warehouse;
}

/** Colour weights [red, orange, yellow, blue] by what the unit is. */
function unitWeights(u: DemoUnit): [number, number, number, number] {
  if (u.is_major_hazard && u.grade === 1) return [5, 4, 1, 0];
  if (u.is_major_hazard && u.grade === 2) return [2, 5, 3, 0];
  if (u.is_major_hazard) return [1.2, 4, 4, 1];
  return u.facility === 'warehouse' ? [0.1, 0.8, 5, 5] : [0.4, 1.6, 5, 4];
}

/** The point's place: inside the district, else moved toward its territory's centre until it is. */
function placed(areas: DemoAreas, p: { lng: number; lat: number } | null, place: Place | undefined): { lng: number; lat: number } | null {
  if (!p) return null;
  let q = p;
  for (let i = 0; i < 12 && !areas.at(q.lng, q.lat); i += 1) {
    if (!place) return null;
    q = { lng: Number(((q.lng + place.centre[0]) / 2).toFixed(6)), lat: Number(((q.lat + place.centre[1]) / 2).toFixed(6)) };
  }
  return areas.at(q.lng, q.lat) ? q : null;
}

/** The specs of one enterprise's points: up to three units, then site and enterprise-wide points, 3–6 in all. */
export function enterpriseSpecs(rng: Rng, e: DemoEnterprise, areas: DemoAreas, place: Place | undefined): Spec[] {
  const common = { enterprise: e, territoryId: e.territory_id, gridId: e.grid_id, path: e.path };
  const at = (p: { lng: number | null; lat: number | null } | undefined): { lng: number; lat: number } | null =>
    placed(areas, p && p.lng !== null && p.lat !== null ? { lng: p.lng, lat: p.lat } : null, place);
  const specs: Spec[] = e.units.slice(0, 3).map((u) => ({
    ...common, kind: 'unit', name: u.name, template: unitTemplate(u, e.industry), level: drawLevel(rng, unitWeights(u)), siteId: u.site_id, unitId: u.id, point: at(u),
  }));
  const site = e.sites[0];
  const wantSites = SITE_TEMPLATES.filter((_t, i) => (i === 0 ? e.units.some((u) => u.facility === 'tank_farm') || rng.chance(0.3) : rng.chance(i === 1 ? 0.35 : 0.3)));
  for (const t of wantSites) {
    const p = site ? at(site) : null;
    specs.push({ ...common, kind: 'site', name: t.name, template: t, level: drawLevel(rng, [0, 1, 4, 5]), siteId: site?.id ?? null, unitId: null,
      point: p ? placed(areas, offsetMetres(p, rng.int(20, 80), rng.next() * 2 * Math.PI), place) : null });
  }
  const works = [...ENTERPRISE_TEMPLATES];
  while (specs.length < 3 || (specs.length < 6 && works.length > 0 && rng.chance(0.45))) {
    const t = works.splice(rng.int(0, works.length - 1), 1)[0];
    if (!t) break;
    specs.push({ ...common, kind: 'enterprise', name: t.name, template: t, level: drawLevel(rng, [0, 1.5, 5, 3]), siteId: null, unitId: null, point: at(e) });
  }
  return specs.slice(0, 6);
}

/** A road's name as a station would carry it: the town's short name first unless the road already starts with it. */
const roadName = (place: Place, road: string): string => (road.startsWith(place.short) ? road : `${place.short}${road}`);

/** ~30 public places in the territories: their grid cell (when the point lies in one) sets the path. */
export function publicSpecs(rng: Rng, areas: DemoAreas, places: readonly Place[], pipelines: readonly DemoPipeline[]): Spec[] {
  const out: Spec[] = [];
  const push = (kind: Spec['kind'], name: string, template: RiskTemplate, level: RiskLevel, p: { lng: number; lat: number }): void => {
    const hit = areas.at(p.lng, p.lat);
    if (!hit) return;
    out.push({ kind, name, template, level, enterprise: null, siteId: null, unitId: null, territoryId: hit.territory.id, gridId: hit.grid?.id ?? null,
      path: (hit.grid ?? hit.territory).path, point: p });
  };
  const towns = places.filter((p) => p.mix !== 'forest');
  for (let i = 0; i < 10; i += 1) {
    const place = towns[i % towns.length]!;
    push('filling_station', `${roadName(place, rng.pick(place.roads))}加油站${DEMO}`, PUBLIC_TEMPLATES.filling_station, drawLevel(rng, [0, 2, 6, 2]), pointInTerritory(rng, areas, place, place.spreadDeg * 1.8));
  }
  for (let i = 0; i < 4; i += 1) {
    const place = towns[(i * 2 + 2) % towns.length]!;
    push('station', `${place.short}CNG加气站${DEMO}`, PUBLIC_TEMPLATES.cng, drawLevel(rng, [0.5, 3, 4, 1]), pointInTerritory(rng, areas, place, place.spreadDeg * 1.5));
  }
  for (let i = 0; i < 4; i += 1) {
    const place = towns[(i * 2 + 5) % towns.length]!;
    push('station', `${place.short}LNG气化站${DEMO}`, PUBLIC_TEMPLATES.lng, drawLevel(rng, [1.5, 4, 3, 0]), pointInTerritory(rng, areas, place, place.spreadDeg * 1.5));
  }
  for (let i = 0; i < 5; i += 1) {
    const place = places.filter((p) => p.mix === 'park' || p.mix === 'rural')[i % 5] ?? towns[0]!;
    push('warehouse_area', `${place.short}${rng.pick(['物流园', '仓储区', '危化品仓储区'])}${DEMO}`, PUBLIC_TEMPLATES.warehouse_area, drawLevel(rng, [0.5, 3, 4, 2]), pointInTerritory(rng, areas, place, place.spreadDeg));
  }
  // pipeline segments: two per long line (the stretches near its middle and its end), one on the short oil line
  for (const pl of pipelines) {
    const picks = pl.coordinates.length > 8 ? [Math.floor(pl.coordinates.length / 3), Math.floor((2 * pl.coordinates.length) / 3)] : [Math.floor(pl.coordinates.length / 2)];
    picks.forEach((k, j) => {
      const c = pl.coordinates[k]!;
      push('pipeline_segment', `${pl.name.replace(DEMO, '')}第${j + 1}段${DEMO}`, { ...PUBLIC_TEMPLATES.pipeline_segment, location: `${pl.name.replace(DEMO, '')}第${j + 1}段沿线` },
        drawLevel(rng, [0.8, 3, 4, 1]), { lng: c[0]!, lat: c[1]! });
    });
  }
  return out;
}

export function riskPointRow(c: Ctx, id: string, s: Spec): RiskPointRow {
  const { rng } = c;
  const a = pickAssessment(rng, s.level, s.method);
  const result = assess(a, c.bands);
  const r = rng.next();
  const status: RiskStatus = s.status ?? (r < (s.level === 'red' ? 0.12 : 0.03) ? 'out_of_control' : r < (s.level === 'red' ? 0.45 : 0.18) ? 'attention' : 'controlled');
  const interval = REVIEW_DAYS[result.level];
  const late = s.late ?? rng.chance(0.1);
  const last = late ? addDays(c.today, -rng.int(interval + 1, interval + 75)) : addDays(c.today, -rng.int(0, interval - 1));
  const t = s.template;
  const level = result.level;
  return {
    id, path: s.path, enterprise_id: s.enterprise?.id ?? null, site_id: s.siteId, unit_id: s.unitId, territory_id: s.territoryId, grid_id: s.gridId, kind: s.kind, name: s.name,
    location: t.location, lng: s.point?.lng ?? null, lat: s.point?.lat ?? null, coord_input: s.point ? (rng.chance(0.2) ? 'gcj02' : 'wgs84') : null,
    posts_json: JSON.stringify(t.posts), hazard_factors_json: JSON.stringify(t.factors), accident_types_json: JSON.stringify(t.accidents),
    method: result.method, inputs_json: JSON.stringify(result.inputs), score: result.score, computed_level: level,
    override_level: null, override_reason: null, override_by: null, override_at: null, level,
    control_level: CONTROL_LEVEL[level], responsible_department: rng.pick(RESPONSIBLE_DEPARTMENT[level]), responsible_person: personName(rng), responsible_phone: demoPhone(rng),
    measures_json: JSON.stringify(t.measures), emergency_text: t.emergency, status, review_interval_days: interval, last_reviewed_on: last,
    next_review_on: addDays(last, interval), review_warned_for: null, is_demo: 1, version: 1, created_at: c.at, updated_at: c.at,
  };
}

/** A regulator's grade, one step up or down, with the reason a bureau would write. */
export const OVERRIDES: readonly { up: boolean; reason: string }[] = [
  { up: true, reason: '该风险点周边500米内有学校和居民小区，按属地要求提级管控。' },
  { up: true, reason: '近一年内发生过泄漏未遂事件，现场检查发现联锁曾被旁路，提级管控。' },
  { up: false, reason: '已完成自动化控制和紧急切断改造，经现场核查，同意降低一级管控。' },
  { up: true, reason: '储存量接近重大危险源临界量，且处于人员密集区，提级管控。' },
  { up: false, reason: '装置已停用并完成清洗置换，经复核降级。' },
];
const ORDER: RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];
export function overridden(row: RiskPointRow, o: { up: boolean; reason: string }, by: string, at: string): RiskPointRow {
  const i = ORDER.indexOf(row.computed_level as RiskLevel);
  const level = ORDER[Math.min(3, Math.max(0, i + (o.up ? -1 : 1)))]!;
  return { ...row, override_level: level, override_reason: o.reason, override_by: by, override_at: at, level, control_level: CONTROL_LEVEL[level] };
}
