// Generates data/demo/areas.geojson: INVENTED polygons for the demo's 11 territories (镇街, the organisation directory's
// towns, streets, park and forest farms) and their grid cells. No package has real 镇街 boundaries, so each territory
// is the Voronoi cell of its approximate centre (data/demo/conghua-enterprises.json, where the demo enterprises are
// scattered) clipped to the district boundary (data/geo/conghua-boundary.geojson); each territory is cut into its
// grid cells by a Voronoi of points set symmetrically around its centre (so every cell touches the centre and none is
// empty), clipped to the territory. Coordinates are rounded to 6 decimals (about 0.1 m) and every ring is checked
// for self-intersections. Populations are plausible round figures for the demo, split over grid cells by area.
// Run: npx tsx scripts/make-demo-areas.ts [--check]   (--check: exit 1 when the committed file differs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import area from '@turf/area';
import { featureCollection, point } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import voronoi from '@turf/voronoi';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import organisations from '../data/plans/conghua-organisations.json';
import places from '../data/demo/conghua-enterprises.json';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'data/demo/areas.geojson');
const BOUNDARY = path.join(ROOT, 'data/geo/conghua-boundary.geojson');

/** Residents (demo figures of the right order: 从化区 had about 0.72 million in the 2020 census). */
const POPULATION: Record<string, number> = {
  'jiekou-street': 128000, 'jiangpu-street': 96000, 'chengjiao-street': 88000, 'taiping-town': 105000, 'aotou-town': 118000,
  'wenquan-town': 52000, 'liangkou-town': 36000, 'lutian-town': 24000, 'park-committee': 16000, 'liuxihe-forest-farm': 1200, 'dalingshan-forest-farm': 900,
};

type Org = { key: string; kind: string; name: string; code?: string | null; parentKey: string | null };
type Area = Polygon | MultiPolygon;

const orgs = (organisations as { organisations: Org[] }).organisations;
/** Ids by seed-organisations' rule: a territory its 9-digit code (or its key), a grid cell '<territory id>-g<n>'. */
const territoryId = (o: Org): string => o.code ?? o.key;

function round(g: Area): Area {
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const [x, y] of r) {
      const p = [Number(x!.toFixed(6)), Number(y!.toFixed(6))];
      const last = out.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const first = out[0]!;
    const last = out.at(-1)!;
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
    return out;
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

function clip(a: Feature<Area>, b: Feature<Area>, what: string): Area {
  const out = intersect(featureCollection([a, b]));
  if (!out) throw new Error(`make-demo-areas: ${what} is empty after clipping`);
  // drop slivers under 0.05 km² the clipping can leave along the boundary's 100 m steps
  const g = out.geometry;
  if (g.type === 'MultiPolygon') {
    const parts = g.coordinates.filter((p) => area({ type: 'Polygon', coordinates: p }) >= 50_000);
    return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
  }
  return g;
}

function cells(seeds: Position[], bbox: [number, number, number, number], what: string): Feature<Polygon>[] {
  const v = voronoi(featureCollection(seeds.map((s) => point(s))), { bbox });
  return v.features.map((f, i) => {
    if (!f) throw new Error(`make-demo-areas: no Voronoi cell for ${what} ${i}`);
    return f as Feature<Polygon>;
  });
}

export function makeDemoAreas(): object {
  const boundary = JSON.parse(fs.readFileSync(BOUNDARY, 'utf8')) as Feature<Polygon>;
  const territories = places.territories.map((t) => {
    const org = orgs.find((o) => o.key === t.key && o.kind === 'territory');
    if (!org) throw new Error(`make-demo-areas: territory ${t.key} is not in the organisation directory`);
    return { ...t, org };
  });
  const features: object[] = [];
  const territoryCells = cells(territories.map((t) => t.centre), [113.1, 23.2, 114.2, 24.1], 'territory');
  territories.forEach((t, i) => {
    const id = territoryId(t.org);
    const geometry = round(clip(territoryCells[i]!, boundary, t.key));
    const total = POPULATION[t.key] ?? 10000;
    features.push({ type: 'Feature', properties: { code: id, name: t.org.name, kind: 'territory', population: total, demo: true }, geometry });
    const grids = orgs.filter((o) => o.kind === 'grid' && o.parentKey === t.key);
    if (grids.length === 0) return;
    // seeds on a small circle round the centre, turned by a different angle in each territory
    const r = 0.01;
    const turn = (i * 2.3) % (2 * Math.PI);
    const seeds = grids.map((_, k): Position => {
      const a = turn + (2 * Math.PI * k) / grids.length;
      return [t.centre[0]! + r * Math.cos(a), t.centre[1]! + r * Math.sin(a)];
    });
    const own: Feature<Area> = { type: 'Feature', properties: {}, geometry };
    const parts = cells(seeds, [113.1, 23.2, 114.2, 24.1], t.key).map((c, k) => round(clip(c, own, `${t.key} grid ${k + 1}`)));
    const areas = parts.map((g) => area(g));
    const sum = areas.reduce((s, x) => s + x, 0);
    grids.forEach((g, k) => {
      // the territory's people shared over its grid cells by area, rounded to hundreds
      const population = Math.round((total * areas[k]!) / sum / 100) * 100;
      features.push({ type: 'Feature', properties: { code: `${id}-g${k + 1}`, name: g.name, kind: 'grid', parentCode: id, population, demo: true }, geometry: parts[k] });
    });
  });
  for (const f of features as Feature<Area>[]) {
    const k = kinks(f as Feature<Polygon>);
    if (k.features.length > 0) throw new Error(`make-demo-areas: ${String(f.properties?.['code'])} self-intersects at ${JSON.stringify(k.features[0]!.geometry.coordinates)}`);
  }
  return {
    type: 'FeatureCollection',
    name: 'conghua-demo-areas',
    note: '演示数据：镇街与网格边界为程序生成（镇街中心点的泰森多边形裁剪到区界），并非真实行政区划；人口为演示数值。Invented for the demo: not real boundaries or populations.',
    features,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(makeDemoAreas())}\n`;
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    process.stdout.write(same ? 'demo areas: up to date\n' : 'demo areas: data/demo/areas.geojson differs; run npx tsx scripts/make-demo-areas.ts\n');
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(OUT, text);
    process.stdout.write(`demo areas: wrote ${path.relative(ROOT, OUT)} (${(JSON.parse(text) as { features: unknown[] }).features.length} polygons)\n`);
  }
}
