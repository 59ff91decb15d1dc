// Map features (pipelines, sensitive targets, chemical parks): insert on import, the admin's list, deletion, the ring's
// candidates by bbox, and re-assignment of path / territory when area polygons change.
import { type Insertable, type Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { BBox } from '@hazgov/domain/map/types';
import type { Db } from '../database.js';
import type { MapFeatureTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type MapFeatureRow = Selectable<MapFeatureTable>;

export async function insertFeatures(db: Db, rows: Insertable<MapFeatureTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('map_features').values(rows.slice(i, i + 200)).execute();
}

export async function findFeatureInScope(db: Db, id: string, scope: Scope): Promise<MapFeatureRow | undefined> {
  return db.selectFrom('map_features').selectAll().where('id', '=', id).where((eb) => scoped(eb, 'map_features.path', scope)).executeTakeFirst();
}

export async function deleteFeature(db: Db, id: string): Promise<void> {
  await db.deleteFrom('map_features').where('id', '=', id).execute();
}

export type FeatureListRow = MapFeatureRow & { territory_name: string | null };
export async function listFeatures(db: Db, opts: { scope: Scope; layer?: string | undefined; page: number; pageSize: number }): Promise<{ rows: FeatureListRow[]; total: number }> {
  const base = db.selectFrom('map_features').where((eb) => {
    const all = [scoped(eb, 'map_features.path', opts.scope)];
    if (opts.layer) all.push(eb('map_features.layer', '=', opts.layer));
    return eb.and(all);
  });
  const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.leftJoin('organisations as o', 'o.id', 'map_features.territory_id').selectAll('map_features').select('o.name as territory_name')
    .orderBy('map_features.created_at', 'desc').orderBy('map_features.id').limit(opts.pageSize).offset((opts.page - 1) * opts.pageSize).execute();
  return { rows, total };
}

/** Sensitive targets whose point lies in the box (scoped): candidates for a ring, filtered by distance afterwards. */
export async function sensitiveTargetsIn(db: Db, bbox: BBox, scope: Scope): Promise<MapFeatureRow[]> {
  return db.selectFrom('map_features').selectAll().where('layer', '=', 'sensitive_target').where((eb) => scoped(eb, 'map_features.path', scope))
    .where('lng', '>=', bbox.minLng).where('lng', '<=', bbox.maxLng).where('lat', '>=', bbox.minLat).where('lat', '<=', bbox.maxLat).execute();
}

/** Features whose representative point lies in the box (any scope: used to re-assign them after an area import). */
export async function featuresWithPointIn(db: Db, bbox: BBox): Promise<Pick<MapFeatureRow, 'id' | 'lng' | 'lat' | 'path' | 'territory_id'>[]> {
  return db.selectFrom('map_features').select(['id', 'lng', 'lat', 'path', 'territory_id'])
    .where('lng', '>=', bbox.minLng).where('lng', '<=', bbox.maxLng).where('lat', '>=', bbox.minLat).where('lat', '<=', bbox.maxLat).execute();
}

export async function setFeaturePlace(db: Db, id: string, path: string, territoryId: string | null): Promise<void> {
  await db.updateTable('map_features').set({ path, territory_id: territoryId }).where('id', '=', id).execute();
}
