// The map's tile settings live in risk_settings under the key 'map_tiles' (one JSON document).
import type { Db } from '../database.js';

export const MAP_TILES_KEY = 'map_tiles';

export async function readMapTiles(db: Db): Promise<{ value_json: string; updated_at: string; updated_by: string | null } | undefined> {
  return db.selectFrom('risk_settings').select(['value_json', 'updated_at', 'updated_by']).where('key', '=', MAP_TILES_KEY).executeTakeFirst();
}

export async function writeMapTiles(db: Db, valueJson: string, at: string, by: string | null): Promise<void> {
  await db.deleteFrom('risk_settings').where('key', '=', MAP_TILES_KEY).execute();
  await db.insertInto('risk_settings').values({ key: MAP_TILES_KEY, value_json: valueJson, updated_at: at, updated_by: by }).execute();
}
