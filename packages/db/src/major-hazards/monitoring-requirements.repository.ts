// The district's monitoring requirements by grade (the register page and report show those of a unit's grade).
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { MonitoringRequirementTable } from '../schema.js';

export type MonitoringRequirementRow = Selectable<MonitoringRequirementTable>;

export async function listMonitoringRequirements(db: Db): Promise<MonitoringRequirementRow[]> {
  return db.selectFrom('monitoring_requirements').selectAll().orderBy('grade').execute();
}

/** Replaces every grade's row (the PUT sends all four grades). */
export async function replaceMonitoringRequirements(db: Db, rows: readonly MonitoringRequirementRow[]): Promise<void> {
  await db.deleteFrom('monitoring_requirements').execute();
  if (rows.length > 0) await db.insertInto('monitoring_requirements').values([...rows]).execute();
}
