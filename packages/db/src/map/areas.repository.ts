// Area polygons (map_areas): the district boundary and the territory / grid polygons an admin imports. One row per
// organisation (its id is the key), so an import replaces an area's polygon; the bbox columns let the map and the
// point-in-polygon re-assignment pick candidates without parsing every polygon.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { MapAreaTable } from '../schema.js';

export type MapAreaRow = Selectable<MapAreaTable>;

export async function findDistrictArea(db: Db): Promise<MapAreaRow | undefined> {
  return db.selectFrom('map_areas').selectAll().where('kind', '=', 'district').orderBy('organisation_id').executeTakeFirst();
}

export async function findArea(db: Db, organisationId: string): Promise<MapAreaRow | undefined> {
  return db.selectFrom('map_areas').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
}

export async function findAreasByIds(db: Db, ids: readonly string[]): Promise<MapAreaRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('map_areas').selectAll().where('organisation_id', 'in', [...ids]).execute();
}

/** Insert or replace the polygon of an organisation. */
export async function upsertArea(db: Db, row: Insertable<MapAreaTable>): Promise<void> {
  await db.deleteFrom('map_areas').where('organisation_id', '=', row.organisation_id).execute();
  await db.insertInto('map_areas').values(row).execute();
}

/** Territory and grid polygons whose bbox holds the point: candidates for point-in-polygon. */
export async function areasAround(db: Db, p: { lng: number; lat: number }): Promise<MapAreaRow[]> {
  return db.selectFrom('map_areas').selectAll().where('kind', 'in', ['territory', 'grid'])
    .where('min_lng', '<=', p.lng).where('max_lng', '>=', p.lng).where('min_lat', '<=', p.lat).where('max_lat', '>=', p.lat).execute();
}

/** Every territory and grid polygon (a district has tens of towns and a few hundred grid cells: small). */
export async function listSubAreas(db: Db): Promise<MapAreaRow[]> {
  return db.selectFrom('map_areas').selectAll().where('kind', 'in', ['territory', 'grid']).execute();
}
