// 岗位安全风险确认 records of a risk point: who at which post confirmed knowing its risks, and when.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { RiskConfirmationTable } from '../schema.js';

export type RiskConfirmationRow = Selectable<RiskConfirmationTable>;

export async function insertRiskConfirmation(db: Db, row: Insertable<RiskConfirmationTable>): Promise<void> {
  await db.insertInto('risk_confirmations').values(row).execute();
}

/** Newest confirmation first. */
export async function listRiskConfirmations(db: Db, riskPointId: string): Promise<RiskConfirmationRow[]> {
  return db.selectFrom('risk_confirmations').selectAll().where('risk_point_id', '=', riskPointId)
    .orderBy('confirmed_on', 'desc').orderBy('created_at', 'desc').orderBy('id').execute();
}
