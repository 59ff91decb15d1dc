// Comments on a risk point (a regulator's remark, the owner's reply): they carry the point's path, so the one
// jurisdiction filter applies to them too.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { RiskCommentTable } from '../schema.js';

export type RiskCommentRow = Selectable<RiskCommentTable>;

export async function insertRiskComment(db: Db, row: Insertable<RiskCommentTable>): Promise<void> {
  await db.insertInto('risk_comments').values(row).execute();
}

/** Oldest first: a conversation reads top to bottom. */
export async function listRiskComments(db: Db, riskPointId: string): Promise<RiskCommentRow[]> {
  return db.selectFrom('risk_comments').selectAll().where('risk_point_id', '=', riskPointId).orderBy('created_at').orderBy('id').execute();
}
