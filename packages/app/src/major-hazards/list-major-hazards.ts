// The major hazard register in the actor's enterprise scope: one page of units with the tab counts by grade.
import { countRegisterByGrade, listRegister, type GradeCounts, type RegisterListRow } from '@hazgov/db/major-hazards/register.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';

export type MajorHazardListQuery = { grade?: number; territoryId?: string; filingStatus?: string; status?: string; q?: string; page: number; pageSize: number };

export async function listMajorHazards(
  ctx: AppContext,
  opts: { actor: Actor } & MajorHazardListQuery,
): Promise<{ rows: RegisterListRow[]; total: number; countsByGrade: GradeCounts }> {
  const filters = {
    scope: enterpriseScopeOf(opts.actor), grade: opts.grade, territoryId: opts.territoryId, filingStatus: opts.filingStatus, status: opts.status,
    q: opts.q?.trim() || undefined,
  };
  const db = ctx.database.db;
  const [{ rows, total }, countsByGrade] = await Promise.all([
    listRegister(db, filters, { limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize }),
    countRegisterByGrade(db, filters),
  ]);
  return { rows, total, countsByGrade };
}
