// Weights of the yearly assessment (考核) per plan. Queries only.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { AssessmentCriterionTable } from '../schema.js';

export type AssessmentCriterionRow = Selectable<AssessmentCriterionTable>;

export async function listCriteria(db: Db, planId: string): Promise<AssessmentCriterionRow[]> {
  return db.selectFrom('assessment_criteria').selectAll().where('plan_id', '=', planId).orderBy('weight', 'desc').orderBy('key').execute();
}

export async function replaceCriteria(db: Db, planId: string, rows: readonly AssessmentCriterionRow[]): Promise<void> {
  await db.deleteFrom('assessment_criteria').where('plan_id', '=', planId).execute();
  if (rows.length) await db.insertInto('assessment_criteria').values([...rows]).execute();
}
