// A point typed by a user must lie inside the district (when a boundary is loaded: map_areas kind 'district').
// Used by every writer of coordinates (risk points, map features); the boundary polygon test is the domain's.
import type { Db } from '@hazgov/db/database';
import { AppError } from '@hazgov/domain/shared/app-error';
import { pointInGeometry } from '@hazgov/domain/map/geometry';

export async function assertInsideDistrict(db: Db, point: { lng: number; lat: number }, field = 'coordinates', row?: number): Promise<void> {
  const boundary = await db.selectFrom('map_areas').select('geometry_json').where('kind', '=', 'district').executeTakeFirst();
  if (!boundary) return; // no boundary loaded: nothing to check against (the map page says so)
  if (!pointInGeometry([point.lng, point.lat], JSON.parse(boundary.geometry_json))) {
    throw new AppError('MAP_POINT_OUTSIDE_DISTRICT', 'input', { lng: point.lng, lat: point.lat }, [
      { field, code: 'MAP_POINT_OUTSIDE_DISTRICT', params: { lng: point.lng, lat: point.lat }, ...(row !== undefined ? { row } : {}) },
    ]);
  }
}
