// Plane geometry on WGS-84 GeoJSON the map needs: point in polygon, great-circle distance, bounding boxes.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import turfArea from '@turf/area';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from './types.js';

export function pointInGeometry(p: Position, g: Geometry): boolean {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
  return booleanPointInPolygon(p, g as Polygon | MultiPolygon);
}

/** Great-circle distance in metres (haversine on the mean Earth radius, as turf computes it). */
export function distanceMetres(a: Position, b: Position): number {
  return distance(a, b, { units: 'meters' });
}

export function bboxOf(g: Geometry): BBox {
  let minLng = Infinity, minLat = Infinity, maxLng = -Infinity, maxLat = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      minLng = Math.min(minLng, x!); maxLng = Math.max(maxLng, x!); minLat = Math.min(minLat, y!); maxLat = Math.max(maxLat, y!);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => visit('coordinates' in x ? x.coordinates : []));
  else visit(g.coordinates);
  return { minLng, minLat, maxLng, maxLat };
}

/** Geodesic area of a polygon in km² (turf's spherical formula), for the import preview. */
export function areaKm2(g: Geometry): number {
  return turfArea(g) / 1e6;
}
