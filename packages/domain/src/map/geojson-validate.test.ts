import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../shared/gcj02.js';
import { parseGeoJson, toWgs84 } from './geojson-validate.js';

const square = [[113.5, 23.5], [113.6, 23.5], [113.6, 23.6], [113.5, 23.6], [113.5, 23.5]];
const bowtie = [[113.5, 23.5], [113.6, 23.6], [113.6, 23.5], [113.5, 23.6], [113.5, 23.5]]; // edges 1 and 3 cross at (113.55, 23.55)
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const feat = (geometry: unknown, properties: Record<string, unknown> = { name: 'x' }) => ({ type: 'Feature', properties, geometry });
const area = (text: string, crs: 'wgs84' | 'gcj02' = 'wgs84') => parseGeoJson(text, { use: 'area', crs });

describe('parseGeoJson', () => {
  it('accepts a valid polygon collection and a single Feature', () => {
    const r = area(fc([feat({ type: 'Polygon', coordinates: [square] }), feat({ type: 'MultiPolygon', coordinates: [[square]] })]));
    expect(r.errors).toEqual([]);
    expect(r.features.map((f) => f.geometry?.type)).toEqual(['Polygon', 'MultiPolygon']);
    expect(area(JSON.stringify(feat({ type: 'Polygon', coordinates: [square] }))).features).toHaveLength(1);
  });

  it('refuses what is not JSON, not a FeatureCollection, or empty', () => {
    expect(area('{"type": "FeatureCollection", ').errors[0]).toMatchObject({ row: 0, field: 'file', code: 'GEOJSON_INVALID' });
    expect(area('{"type":"Polygon","coordinates":[]}').errors[0]).toMatchObject({ field: 'type', code: 'GEOJSON_NOT_FEATURE_COLLECTION' });
    expect(area(fc([])).errors[0]).toMatchObject({ code: 'GEOJSON_EMPTY' });
  });

  it('reports a self-intersecting ring with its crossing point', () => {
    const r = area(fc([feat({ type: 'Polygon', coordinates: [square] }), feat({ type: 'Polygon', coordinates: [bowtie] })]));
    expect(r.errors).toEqual([{ row: 2, field: 'geometry.coordinates', code: 'GEOJSON_SELF_INTERSECTION', params: { lng: 113.55, lat: 23.55 } }]);
    expect(r.features[0]!.problems).toEqual([]);
    expect(r.features[1]!.geometry).toBeNull();
  });

  it('names the polygon of a MultiPolygon that crosses itself', () => {
    const r = area(fc([feat({ type: 'MultiPolygon', coordinates: [[square], [bowtie]] })]));
    expect(r.errors[0]).toMatchObject({ row: 1, field: 'geometry.coordinates[1]', code: 'GEOJSON_SELF_INTERSECTION' });
  });

  it('refuses open and short rings, naming the ring', () => {
    const open = square.slice(0, 4);
    expect(area(fc([feat({ type: 'Polygon', coordinates: [[...open, [113.55, 23.55]]] })])).errors[0]).toMatchObject({ row: 1, field: 'geometry.coordinates[0]', code: 'GEOJSON_RING_NOT_CLOSED' });
    expect(area(fc([feat({ type: 'Polygon', coordinates: [[[1, 1], [2, 2], [1, 1]]] })])).errors[0]).toMatchObject({ field: 'geometry.coordinates[0]', code: 'GEOJSON_RING_TOO_SHORT' });
  });

  it('refuses a bad position naming it', () => {
    const bad = [...square];
    bad[3] = [113.5, 'x'] as never;
    expect(area(fc([feat({ type: 'Polygon', coordinates: [bad] })])).errors[0]).toEqual({ row: 1, field: 'geometry.coordinates[0][3]', code: 'GEOJSON_COORDINATE_INVALID' });
  });

  it('refuses projected coordinates (metres) once per feature, at the first vertex out of range', () => {
    const metres = [[12640000, 2700000], [12650000, 2700000], [12650000, 2710000], [12640000, 2710000], [12640000, 2700000]];
    const r = area(fc([feat({ type: 'Polygon', coordinates: [metres] })]));
    expect(r.errors).toEqual([{ row: 1, field: 'geometry.coordinates[0][0]', code: 'GEOJSON_WRONG_CRS', params: { lng: 12640000, lat: 2700000 } }]);
  });

  it('refuses a crs member other than CRS84 / EPSG:4326 and accepts those', () => {
    const f = [feat({ type: 'Polygon', coordinates: [square] })];
    const named = (name: string) => ({ crs: { type: 'name', properties: { name } } });
    expect(area(fc(f, named('urn:ogc:def:crs:EPSG::3857'))).errors).toEqual([{ row: 0, field: 'crs', code: 'GEOJSON_WRONG_CRS', params: { crs: 'urn:ogc:def:crs:EPSG::3857' } }]);
    expect(area(fc(f, named('urn:ogc:def:crs:OGC:1.3:CRS84'))).errors).toEqual([]);
    expect(area(fc(f, named('EPSG:4326'))).errors).toEqual([]);
  });

  it('checks the geometry type of each use', () => {
    const pt = feat({ type: 'Point', coordinates: [113.5, 23.5] });
    expect(area(fc([pt])).errors[0]).toMatchObject({ row: 1, field: 'geometry.type', code: 'GEOJSON_GEOMETRY_TYPE', params: { type: 'Point' } });
    expect(parseGeoJson(fc([pt]), { use: 'sensitive_target', crs: 'wgs84' }).errors).toEqual([]);
    const line = feat({ type: 'LineString', coordinates: [[113.5, 23.5], [113.6, 23.6]] });
    expect(parseGeoJson(fc([line]), { use: 'pipeline', crs: 'wgs84' }).errors).toEqual([]);
    expect(parseGeoJson(fc([feat({ type: 'LineString', coordinates: [[113.5, 23.5]] })]), { use: 'pipeline', crs: 'wgs84' }).errors[0]).toMatchObject({ code: 'GEOJSON_LINE_TOO_SHORT' });
    expect(parseGeoJson(fc([line]), { use: 'chemical_park', crs: 'wgs84' }).errors[0]).toMatchObject({ code: 'GEOJSON_GEOMETRY_TYPE' });
    expect(parseGeoJson(fc([{ type: 'Feature', properties: {}, geometry: null }]), { use: 'pipeline', crs: 'wgs84' }).errors[0]).toMatchObject({ field: 'geometry', code: 'GEOJSON_GEOMETRY_MISSING' });
  });

  it('converts every vertex of a GCJ-02 file to WGS-84', () => {
    const r = area(fc([feat({ type: 'Polygon', coordinates: [square] })]), 'gcj02');
    const first = (r.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
    const expected = gcj02ToWgs84({ lng: 113.5, lat: 23.5 });
    expect(first[0]).toBeCloseTo(expected.lng, 6);
    expect(first[1]).toBeCloseTo(expected.lat, 6);
    // the GCJ-02 offset in Guangdong is a few hundred metres: WGS-84 lies about 0.005° of longitude west of it
    expect(113.5 - first[0]!).toBeGreaterThan(0.003);
    expect(toWgs84({ type: 'Point', coordinates: [2.35, 48.85] }).coordinates).toEqual([2.35, 48.85]); // outside China: unchanged
  });
});
