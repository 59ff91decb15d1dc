// The district's risk settings: one JSON document per key (bands | area_rule | supervision_frequency | map_tiles).
// Not scoped: the rules are the district's, read by every signed-in user and written by the district admin only.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { RiskSettingTable } from '../schema.js';

export type RiskSettingRow = Selectable<RiskSettingTable>;

export async function findRiskSettings(db: Db, keys: readonly string[]): Promise<RiskSettingRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('risk_settings').selectAll().where('key', 'in', [...keys]).execute();
}

export async function upsertRiskSetting(db: Db, row: RiskSettingRow): Promise<void> {
  await db.insertInto('risk_settings').values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: row.value_json, updated_at: row.updated_at, updated_by: row.updated_by }))
    .execute();
}

export type PointAssessmentRow = { id: string; method: string; inputs_json: string; computed_level: string };

/** Every risk point's stored assessment, to re-grade them all when the bands change. */
export async function listPointAssessments(db: Db): Promise<PointAssessmentRow[]> {
  return db.selectFrom('risk_points').select(['id', 'method', 'inputs_json', 'computed_level']).orderBy('id').execute();
}

/** Sets the computed level of the given points, and their effective level where no regulator overrode it. */
export async function setComputedLevel(db: Db, ids: readonly string[], level: string, at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('risk_points')
      .set((eb) => ({
        computed_level: level,
        level: eb.case().when('override_level', 'is', null).then(level).else(eb.ref('level')).end(),
        updated_at: at,
      }))
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}
