// The demo's map layers (map_features, is_demo = 1, names …（演示）): about 150 sensitive targets (schools,
// kindergartens, hospitals, elderly homes, dense housing, venues) spread over the territories by population, a share of
// them 150–480 m from demo major hazards so the 500 m ring finds something; five pipelines (natural gas trunk and
// medium-pressure lines, one refined-oil line) drawn between town centres; the chemical park's polygon. Each row's
// path is the smallest demo area holding its representative point (the data rule of map features).
import type { Insertable } from 'kysely';
import type { Geometry, Position } from 'geojson';
import type { DB } from '@hazgov/db/schema';
import { bboxOf } from '@hazgov/domain/map/geometry';
import type { SensitiveCategory } from '@hazgov/domain/map/types';
import type { Place } from './demo-enterprise-build.js';
import { DISTRICT_PATH, type DemoAreas } from './demo-risk-areas.js';
import type { Rng } from './prng.js';

export const DEMO = '（演示）';
export type FeatureRow = Insertable<DB['map_features']>;
export type HazardSpot = { lng: number; lat: number; grade: number | null };

const M_PER_DEG = 111_320;
export function offsetMetres(p: { lng: number; lat: number }, metres: number, bearingRad: number): { lng: number; lat: number } {
  const dLat = (metres * Math.cos(bearingRad)) / M_PER_DEG;
  const dLng = (metres * Math.sin(bearingRad)) / (M_PER_DEG * Math.cos((p.lat * Math.PI) / 180));
  return { lng: Number((p.lng + dLng).toFixed(6)), lat: Number((p.lat + dLat).toFixed(6)) };
}

/** A random point inside the territory's demo polygon, near its centre (tries, then the centre itself). */
export function pointInTerritory(rng: Rng, areas: DemoAreas, place: Place, spread: number): { lng: number; lat: number } {
  for (let i = 0; i < 60; i += 1) {
    const lng = Number((place.centre[0] + (rng.next() * 2 - 1) * spread).toFixed(6));
    const lat = Number((place.centre[1] + (rng.next() * 2 - 1) * spread).toFixed(6));
    if (areas.at(lng, lat)?.territory.id === place.id) return { lng, lat };
  }
  return { lng: place.centre[0], lat: place.centre[1] };
}

export function featureRow(areas: DemoAreas, f: { id: string; layer: 'sensitive_target' | 'pipeline' | 'chemical_park'; category: string; name: string; geometry: Geometry; rep: Position; population: number | null; props: Record<string, unknown>; at: string }): FeatureRow {
  const hit = areas.at(f.rep[0]!, f.rep[1]!);
  const b = bboxOf(f.geometry);
  return {
    id: f.id, path: hit ? (hit.grid ?? hit.territory).path : DISTRICT_PATH, territory_id: hit ? hit.territory.id : null, layer: f.layer, category: f.category, name: f.name,
    geometry_json: JSON.stringify(f.geometry), lng: f.rep[0]!, lat: f.rep[1]!, min_lng: b.minLng, min_lat: b.minLat, max_lng: b.maxLng, max_lat: b.maxLat,
    population: f.population, properties_json: JSON.stringify({ demo: true, ...f.props }), source: 'demo', coord_input: 'wgs84', is_demo: 1, created_at: f.at, created_by: null,
  };
}

// How many sensitive targets each territory gets (about one per 6,000 residents, at least one), before the ring ones.
const PER_TERRITORY: Record<string, number> = {
  'jiekou-street': 20, 'jiangpu-street': 15, 'chengjiao-street': 14, 'taiping-town': 16, 'aotou-town': 16, 'wenquan-town': 10,
  'liangkou-town': 8, 'lutian-town': 6, 'park-committee': 4, 'liuxihe-forest-farm': 1, 'dalingshan-forest-farm': 1,
};
export const SENSITIVE_TOTAL = 150;
const ORD = ['中心', '第一', '第二', '第三', '第四', '第五', '第六', '第七', '实验', '育才', '新城', '东城', '西城', '南岗', '北星'];
const HOUSING = ['花园', '新村', '小区', '雅苑', '公寓', '名苑', '家园'];
const VENUES = ['文化广场', '体育馆', '农贸市场', '汽车客运站', '商业广场', '文化中心', '影剧院'];

function categoryOf(rng: Rng, ring: boolean): SensitiveCategory {
  const r = rng.next();
  if (ring) return r < 0.4 ? 'dense_housing' : r < 0.6 ? 'school' : r < 0.75 ? 'kindergarten' : r < 0.85 ? 'elderly_home' : r < 0.9 ? 'hospital' : 'public_venue';
  return r < 0.22 ? 'school' : r < 0.42 ? 'kindergarten' : r < 0.5 ? 'hospital' : r < 0.6 ? 'elderly_home' : r < 0.86 ? 'dense_housing' : 'public_venue';
}

function targetName(rng: Rng, category: SensitiveCategory, place: Place, k: number): { name: string; population: number } {
  const s = place.short;
  switch (category) {
    case 'school': return { name: `${s}${ORD[k % ORD.length]}${k % 3 === 1 ? '中学' : '小学'}`, population: rng.int(6, 25) * 100 };
    case 'kindergarten': return { name: `${s}${ORD[k % ORD.length]}幼儿园`, population: rng.int(12, 40) * 10 };
    case 'hospital': return { name: k === 0 ? `从化区${s}医院` : `${s}${ORD[k % ORD.length]}社区卫生服务中心`, population: rng.int(10, 80) * 10 };
    case 'elderly_home': return { name: k === 0 ? `${s}敬老院` : `${s}${ORD[k % ORD.length]}颐养院`, population: rng.int(4, 30) * 10 };
    case 'dense_housing': return { name: `${rng.pick(place.roads).replace(/(大道|路)$/, '')}${HOUSING[k % HOUSING.length]}${k >= HOUSING.length ? `${Math.floor(k / HOUSING.length) + 1}期` : ''}`, population: rng.int(8, 50) * 100 };
    default: return { name: `${s}${VENUES[k % VENUES.length]}`, population: rng.int(5, 30) * 100 };
  }
}

export function buildSensitiveTargets(rng: Rng, a: { areas: DemoAreas; places: readonly Place[]; hazards: readonly (HazardSpot & { place: Place })[]; at: string }): FeatureRow[] {
  const rows: FeatureRow[] = [];
  const names = new Set<string>();
  const counters = new Map<string, number>();
  const add = (place: Place, category: SensitiveCategory, p: { lng: number; lat: number }, near: boolean): void => {
    let named: { name: string; population: number };
    do {
      const key = `${place.id}:${category}`;
      const k = counters.get(key) ?? 0;
      counters.set(key, k + 1);
      named = targetName(rng, category, place, k);
    } while (names.has(named.name));
    names.add(named.name);
    const n = String(rows.length + 1).padStart(3, '0');
    rows.push(featureRow(a.areas, {
      id: `demo-st-${n}`, layer: 'sensitive_target', category, name: `${named.name}${DEMO}`, geometry: { type: 'Point', coordinates: [p.lng, p.lat] }, rep: [p.lng, p.lat],
      population: named.population, props: { address: `${rng.pick(place.roads)}${rng.int(1, 300)}号`, nearHazard: near }, at: a.at,
    }));
  };
  for (const place of a.places) {
    for (let i = 0; i < (PER_TERRITORY[place.key] ?? 2); i += 1) add(place, categoryOf(rng, false), pointInTerritory(rng, a.areas, place, place.spreadDeg * 1.6), false);
  }
  // the rest 150–480 m from major hazards (worst grades first), so the ring around a hazard lists something
  const spots = [...a.hazards].sort((x, y) => (x.grade ?? 9) - (y.grade ?? 9));
  for (let i = 0; rows.length < SENSITIVE_TOTAL && spots.length > 0 && i < SENSITIVE_TOTAL * 4; i += 1) {
    const h = spots[i % spots.length]!;
    const p = offsetMetres(h, rng.int(150, 480), rng.next() * 2 * Math.PI);
    if (a.areas.at(p.lng, p.lat)) add(h.place, categoryOf(rng, true), p, true);
  }
  return rows;
}

/** Waypoints between centres, every fifth of the way, nudged a little so the line reads as a route. */
function route(rng: Rng, stops: readonly (readonly [number, number])[]): Position[] {
  const out: Position[] = [];
  stops.forEach((s, i) => {
    if (i === 0) { out.push([s[0], s[1]]); return; }
    const prev = stops[i - 1]!;
    for (let k = 1; k <= 5; k += 1) {
      const t = k / 5;
      const jitter = k === 5 ? 0 : 0.004;
      out.push([Number((prev[0] + (s[0] - prev[0]) * t + (rng.next() * 2 - 1) * jitter).toFixed(6)), Number((prev[1] + (s[1] - prev[1]) * t + (rng.next() * 2 - 1) * jitter).toFixed(6))]);
    }
  });
  return out;
}

export type DemoPipeline = { id: string; name: string; category: string; coordinates: Position[]; operator: string; pressure: string };

export function buildPipelines(rng: Rng, places: readonly Place[]): DemoPipeline[] {
  const c = (key: string): readonly [number, number] => {
    const p = places.find((x) => x.key === key);
    if (!p) throw new Error(`demo pipelines: no territory ${key}`);
    return p.centre;
  };
  const parkEast: [number, number] = [c('park-committee')[0] + 0.012, c('park-committee')[1] + 0.004];
  return [
    { id: 'demo-pl-1', name: `从化区天然气高压管道（太平门站—街口）${DEMO}`, category: 'natural_gas', coordinates: route(rng, [c('taiping-town'), c('park-committee'), c('jiangpu-street'), c('jiekou-street')]), operator: '从化燃气有限公司（演示）', pressure: '4.0 MPa' },
    { id: 'demo-pl-2', name: `街口—温泉天然气次高压管道${DEMO}`, category: 'natural_gas', coordinates: route(rng, [c('jiekou-street'), c('chengjiao-street'), c('wenquan-town')]), operator: '从化燃气有限公司（演示）', pressure: '1.6 MPa' },
    { id: 'demo-pl-3', name: `鳌头—太平天然气中压干线${DEMO}`, category: 'natural_gas', coordinates: route(rng, [c('aotou-town'), c('taiping-town')]), operator: '从化燃气有限公司（演示）', pressure: '0.4 MPa' },
    { id: 'demo-pl-4', name: `温泉—良口天然气中压管道${DEMO}`, category: 'natural_gas', coordinates: route(rng, [c('wenquan-town'), c('liangkou-town')]), operator: '从化燃气有限公司（演示）', pressure: '0.4 MPa' },
    { id: 'demo-pl-5', name: `明珠工业园成品油管道${DEMO}`, category: 'refined_oil', coordinates: route(rng, [c('park-committee'), parkEast]), operator: '明珠工业园油品储运有限公司（演示）', pressure: '2.5 MPa' },
  ];
}

export function pipelineRows(areas: DemoAreas, pipelines: readonly DemoPipeline[], at: string): FeatureRow[] {
  return pipelines.map((p) => featureRow(areas, {
    id: p.id, layer: 'pipeline', category: p.category, name: p.name, geometry: { type: 'LineString', coordinates: p.coordinates },
    rep: p.coordinates[Math.floor(p.coordinates.length / 2)]!, population: null, props: { operator: p.operator, designPressure: p.pressure }, at,
  }));
}

/** The chemical park's demo outline: an irregular octagon round the park's centre (about 2.4 km × 1.8 km). */
export function chemicalParkRow(rng: Rng, areas: DemoAreas, park: Place, at: string): FeatureRow {
  const ring: Position[] = [];
  for (let k = 0; k < 8; k += 1) {
    const a = (Math.PI * 2 * k) / 8;
    const r = 0.8 + rng.next() * 0.3;
    ring.push([Number((park.centre[0] + 0.012 * r * Math.cos(a)).toFixed(6)), Number((park.centre[1] + 0.009 * r * Math.sin(a)).toFixed(6))]);
  }
  ring.push([ring[0]![0]!, ring[0]![1]!]);
  return featureRow(areas, {
    id: 'demo-cp-1', layer: 'chemical_park', category: 'chemical_park', name: `${park.park ?? '从化明珠工业园'}化工集中区${DEMO}`,
    geometry: { type: 'Polygon', coordinates: [ring] }, rep: [park.centre[0], park.centre[1]], population: null,
    props: { level: '省级认定化工园区（演示）', managedBy: '园区管委会' }, at,
  });
}
