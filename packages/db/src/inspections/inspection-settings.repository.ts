// The inspection context's settings: one JSON document per key (majorCriteria | escalation | deadlines |
// blacklistCriteria | publicFields). Not scoped: district configuration, read by every signed-in user, written by the admin.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { InspectionSettingTable } from '../schema.js';

export type InspectionSettingRow = Selectable<InspectionSettingTable>;

export async function findInspectionSettings(db: Db): Promise<InspectionSettingRow[]> {
  return db.selectFrom('inspection_settings').selectAll().orderBy('key').execute();
}

export async function upsertInspectionSetting(db: Db, row: InspectionSettingRow): Promise<void> {
  await db.insertInto('inspection_settings').values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: row.value_json, updated_at: row.updated_at, updated_by: row.updated_by }))
    .execute();
}
