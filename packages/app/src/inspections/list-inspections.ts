// Inspections in my jurisdiction, filtered and paged; `mine` keeps those I am one of the inspectors of (the phone's list).
import { listedEnterpriseIdsAmong } from '@hazgov/db/blacklist/listed.repository';
import { countsOfInspections, listInspectionPage, type InspectionView } from '@hazgov/db/inspections/inspections.repository';
import { userNames } from '@hazgov/db/users/users.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { inspectorIdsOf } from './inspection-access.js';

export type InspectionQuery = {
  status?: string | undefined; enterpriseId?: string | undefined; planId?: string | undefined; mine?: boolean | undefined; page: number; pageSize: number;
};
export type InspectionListItem = {
  row: InspectionView; blacklisted: boolean; inspectors: { id: string; name: string }[]; failCount: number; findingCount: number;
};

export async function listInspections(ctx: AppContext, opts: { actor: Actor; query: InspectionQuery }): Promise<{ items: InspectionListItem[]; total: number }> {
  const db = ctx.database.db;
  const { query: q, actor } = opts;
  const { rows, total } = await listInspectionPage(db, {
    scope: enterpriseScopeOf(actor), status: q.status, enterpriseId: q.enterpriseId, planId: q.planId, inspectorId: q.mine ? actor.userId : undefined,
    page: q.page, pageSize: q.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const [counts, names, listed] = await Promise.all([
    countsOfInspections(db, ids), userNames(db, rows.flatMap(inspectorIdsOf)), listedEnterpriseIdsAmong(db, [...new Set(rows.map((r) => r.enterprise_id))]),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      row, blacklisted: listed.has(row.enterprise_id), inspectors: inspectorIdsOf(row).map((id) => ({ id, name: names.get(id) ?? id })),
      failCount: counts.get(row.id)?.fails ?? 0, findingCount: counts.get(row.id)?.findings ?? 0,
    })),
  };
}
