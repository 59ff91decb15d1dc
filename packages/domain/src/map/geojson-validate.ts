// Reads an uploaded GeoJSON file and says, feature by feature, what is wrong with it, before anything is saved:
// the geometry type each use allows, closed rings of ≥ 4 positions, no self-intersection (@turf/kinks, reported at
// the crossing point), WGS-84 degrees (a `crs` member naming another system, or values outside ±180/±90 — metres of
// a projected system — are refused rather than drawn in the sea). GCJ-02 files are converted vertex by vertex to
// WGS-84 after the checks. Problems carry row = feature index + 1 (0 for the file) and the field in GeoJSON terms,
// e.g. `geometry.coordinates[0][3]`.
import kinks from '@turf/kinks';
import type { Geometry, Polygon, Position } from 'geojson';
import { gcj02ToWgs84 } from '../shared/gcj02.js';
import type { CoordSystem } from './types.js';

export type GeoJsonUse = 'area' | 'sensitive_target' | 'pipeline' | 'chemical_park';
export const allowedGeometries: Record<GeoJsonUse, readonly string[]> = {
  area: ['Polygon', 'MultiPolygon'],
  chemical_park: ['Polygon', 'MultiPolygon'],
  sensitive_target: ['Point'],
  pipeline: ['LineString', 'MultiLineString'],
};

export type GeoProblem = { row: number; field: string; code: string; params?: Record<string, string | number> };
export type ParsedFeature = { index: number; geometry: Geometry | null; properties: Record<string, unknown>; problems: GeoProblem[] };
export type ParsedGeoJson = { features: ParsedFeature[]; errors: GeoProblem[] };

/** Names of WGS-84 longitude/latitude a `crs` member may carry (GeoJSON 2008 style). */
const WGS84_NAMES = ['urn:ogc:def:crs:ogc:1.3:crs84', 'urn:ogc:def:crs:ogc::crs84', 'crs84', 'epsg:4326', 'urn:ogc:def:crs:epsg::4326', 'urn:ogc:def:crs:epsg:6.6:4326', 'wgs84'];
export const MAX_FEATURES = 20_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (v: unknown): v is Position => Array.isArray(v) && v.length >= 2 && v.length <= 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n));

function crsName(crs: unknown): string | null {
  if (!isObject(crs)) return null;
  const props = crs.properties;
  if (isObject(props) && typeof props.name === 'string') return props.name;
  if (isObject(props) && typeof props.code !== 'undefined') return `EPSG:${String(props.code)}`;
  return typeof crs.type === 'string' ? crs.type : '?';
}

/** Checks the file; `features` are those the file holds (each with its problems), `errors` every problem, file ones first. */
export function parseGeoJson(text: string, opts: { use: GeoJsonUse; crs: CoordSystem }): ParsedGeoJson {
  const fileProblem = (code: string, field = 'file', params: Record<string, string | number> = {}): ParsedGeoJson =>
    ({ features: [], errors: [{ row: 0, field, code, params }] });
  let doc: unknown;
  try { doc = JSON.parse(text.replace(/^\uFEFF/, '')); } catch (err) {
    return fileProblem('GEOJSON_INVALID', 'file', { reason: (err as Error).message.slice(0, 200) });
  }
  if (!isObject(doc)) return fileProblem('GEOJSON_INVALID', 'file', { reason: 'not an object' });
  let rawFeatures: unknown[];
  if (doc.type === 'FeatureCollection' && Array.isArray(doc.features)) rawFeatures = doc.features;
  else if (doc.type === 'Feature') rawFeatures = [doc]; // one feature (a boundary file) is read as a collection of one
  else return fileProblem('GEOJSON_NOT_FEATURE_COLLECTION', 'type', { type: String(doc.type ?? '') });
  if (doc.crs !== undefined && doc.crs !== null) {
    const name = crsName(doc.crs);
    if (!name || !WGS84_NAMES.includes(name.toLowerCase())) return fileProblem('GEOJSON_WRONG_CRS', 'crs', { crs: name ?? '?' });
  }
  if (rawFeatures.length === 0) return fileProblem('GEOJSON_EMPTY', 'features');
  if (rawFeatures.length > MAX_FEATURES) return fileProblem('GEOJSON_TOO_MANY_FEATURES', 'features', { limit: MAX_FEATURES, count: rawFeatures.length });
  const features = rawFeatures.map((raw, index) => checkFeature(raw, index, opts));
  return { features, errors: features.flatMap((f) => f.problems) };
}

function checkFeature(raw: unknown, index: number, opts: { use: GeoJsonUse; crs: CoordSystem }): ParsedFeature {
  const row = index + 1;
  const problems: GeoProblem[] = [];
  const add = (field: string, code: string, params?: Record<string, string | number>) => problems.push({ row, field, code, ...(params ? { params } : {}) });
  if (!isObject(raw) || raw.type !== 'Feature') {
    add('type', 'GEOJSON_FEATURE_INVALID');
    return { index, geometry: null, properties: {}, problems };
  }
  const properties = isObject(raw.properties) ? raw.properties : {};
  const g = raw.geometry;
  if (!isObject(g) || typeof g.type !== 'string') {
    add('geometry', 'GEOJSON_GEOMETRY_MISSING');
    return { index, geometry: null, properties, problems };
  }
  const allowed = allowedGeometries[opts.use];
  if (!allowed.includes(g.type)) {
    add('geometry.type', 'GEOJSON_GEOMETRY_TYPE', { type: g.type, allowed: allowed.join(' / ') });
    return { index, geometry: null, properties, problems };
  }
  const geometry = g as unknown as Geometry;
  checkCoordinates(geometry, add);
  if (problems.length === 0 && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
    const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const [p, rings] of polygons.entries()) {
      const crossing = kinks({ type: 'Polygon', coordinates: rings } as Polygon).features[0];
      if (crossing) {
        const [lng, lat] = crossing.geometry.coordinates as [number, number];
        add(geometry.type === 'Polygon' ? 'geometry.coordinates' : `geometry.coordinates[${p}]`, 'GEOJSON_SELF_INTERSECTION', { lng: round6(lng), lat: round6(lat) });
        break;
      }
    }
  }
  if (problems.length > 0) return { index, geometry: null, properties, problems };
  return { index, geometry: opts.crs === 'gcj02' ? toWgs84(geometry) : geometry, properties, problems };
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

type Add = (field: string, code: string, params?: Record<string, string | number>) => void;

function checkCoordinates(g: Geometry, add: Add): void {
  if (g.type === 'GeometryCollection') return;
  const c: unknown = (g as { coordinates?: unknown }).coordinates;
  const base = 'geometry.coordinates';
  let wrongCrs = false;
  const position = (p: unknown, field: string): boolean => {
    if (!isPosition(p)) { add(field, 'GEOJSON_COORDINATE_INVALID'); return false; }
    if (!wrongCrs && (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90)) {
      wrongCrs = true; // once per feature: a projected file has every vertex out of range
      add(field, 'GEOJSON_WRONG_CRS', { lng: p[0]!, lat: p[1]! });
    }
    return true;
  };
  const line = (l: unknown, field: string, min: number): boolean => {
    if (!Array.isArray(l) || l.length < min) { add(field, 'GEOJSON_LINE_TOO_SHORT', { min }); return false; }
    return l.every((p, i) => position(p, `${field}[${i}]`));
  };
  const ring = (r: unknown, field: string): void => {
    if (!Array.isArray(r) || r.length < 4) { add(field, 'GEOJSON_RING_TOO_SHORT', { count: Array.isArray(r) ? r.length : 0 }); return; }
    if (!r.every((p, i) => position(p, `${field}[${i}]`))) return;
    const a = r[0] as Position, b = r[r.length - 1] as Position;
    if (a[0] !== b[0] || a[1] !== b[1]) add(field, 'GEOJSON_RING_NOT_CLOSED');
  };
  const polygon = (rings: unknown, field: string): void => {
    if (!Array.isArray(rings) || rings.length === 0) { add(field, 'GEOJSON_COORDINATE_INVALID'); return; }
    rings.forEach((r, i) => ring(r, `${field}[${i}]`));
  };
  const list = (v: unknown, each: (x: unknown, field: string) => void): void => {
    if (!Array.isArray(v) || v.length === 0) { add(base, 'GEOJSON_COORDINATE_INVALID'); return; }
    v.forEach((x, i) => each(x, `${base}[${i}]`));
  };
  switch (g.type) {
    case 'Point': position(c, base); break;
    case 'MultiPoint': list(c, (p, f) => position(p, f)); break;
    case 'LineString': line(c, base, 2); break;
    case 'MultiLineString': list(c, (l, f) => line(l, f, 2)); break;
    case 'Polygon': polygon(c, base); break;
    case 'MultiPolygon': list(c, (p, f) => polygon(p, f)); break;
  }
}

function mapPositions(c: unknown, fn: (p: Position) => Position): unknown {
  if (isPosition(c)) return fn(c);
  return Array.isArray(c) ? c.map((x) => mapPositions(x, fn)) : c;
}

/** GCJ-02 → WGS-84 for every vertex (the converter leaves points outside China unchanged). Altitude kept. */
export function toWgs84<G extends Geometry>(g: G): G {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(toWgs84) };
  const coordinates = mapPositions((g as { coordinates: unknown }).coordinates, (p) => {
    const w = gcj02ToWgs84({ lng: p[0]!, lat: p[1]! });
    return [round7(w.lng), round7(w.lat), ...p.slice(2)];
  });
  return { ...g, coordinates } as G;
}
const round7 = (n: number): number => Math.round(n * 1e7) / 1e7;

