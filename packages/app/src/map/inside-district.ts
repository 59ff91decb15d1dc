// A point typed by a user must lie inside the district (when a boundary is loaded: map_areas kind 'district').
// Every writer of coordinates goes through here: risk points, map features, enterprises with their sites and units
// (form and import). The polygon test is the domain's.
import type { Db } from '@hazgov/db/database';
import { findDistrictArea } from '@hazgov/db/map/areas.repository';
import { AppError } from '@hazgov/domain/shared/app-error';
import { pointInGeometry } from '@hazgov/domain/map/geometry';

export type LngLat = { lng: number; lat: number };

/** The test for many points (an import): one read of the boundary. No boundary loaded: every point passes. */
export async function loadDistrictCheck(db: Db): Promise<(p: LngLat) => boolean> {
  const boundary = await findDistrictArea(db);
  if (!boundary) return () => true; // nothing to check against (the map page says no boundary is loaded)
  const geometry = JSON.parse(boundary.geometry_json);
  return (p) => pointInGeometry([p.lng, p.lat], geometry);
}

export async function assertInsideDistrict(db: Db, point: LngLat, field = 'coordinates', row?: number): Promise<void> {
  if ((await loadDistrictCheck(db))(point)) return;
  throw new AppError('MAP_POINT_OUTSIDE_DISTRICT', 'input', { lng: point.lng, lat: point.lat }, [
    { field, code: 'MAP_POINT_OUTSIDE_DISTRICT', params: { lng: point.lng, lat: point.lat }, ...(row !== undefined ? { row } : {}) },
  ]);
}
