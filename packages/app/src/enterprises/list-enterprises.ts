// The enterprise list with its filters (docs/api-contract.md § Enterprises). The restriction-list filter matches
// lines the way the domain does (restrictionFor: CAS, or the name as people type it): the distinct stored names
// are matched once in memory and the database then filters by exact name or CAS, on its indexes.
import { listRestrictionEntries } from '@hazgov/db/chemicals/restriction-list.repository';
import {
  listDistinctLineNames, listEnterprisePage, listLineNamesOf, type EnterpriseListFilter, type EnterpriseListRow,
} from '@hazgov/db/enterprises/enterprise-list.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { restrictionFor, type RestrictionEntry } from '@hazgov/domain/chemicals/restriction';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { addDays, chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';

export type EnterpriseListQuery = {
  q?: string | undefined; territoryId?: string | undefined; industry?: string | undefined; activity?: string | undefined;
  status?: string | undefined; grade?: number | undefined; majorHazard?: boolean | undefined; licenceExpiringWithinDays?: number | undefined;
  restricted?: boolean | undefined; page: number; pageSize: number;
};
export type EnterpriseListItem = EnterpriseListRow & { restricted_line_count: number };

async function restrictedMatch(ctx: AppContext, entries: readonly RestrictionEntry[]): Promise<{ cas: string[]; names: string[] }> {
  const cas = [...new Set(entries.flatMap((e) => (e.cas ? [e.cas] : [])))];
  if (entries.length === 0) return { cas, names: [] };
  const names = (await listDistinctLineNames(ctx.database.db)).filter((name) => restrictionFor(entries, { name, cas: null }) !== null);
  return { cas, names };
}

export async function listEnterprises(ctx: AppContext, opts: { actor: Actor; query: EnterpriseListQuery }): Promise<{ items: EnterpriseListItem[]; total: number }> {
  const db = ctx.database.db;
  const q = opts.query;
  const entries = await listRestrictionEntries(db);
  let place: EnterpriseListFilter['place'];
  if (q.territoryId) {
    const org = await findOrganisationById(db, q.territoryId);
    place = { kind: org?.kind === 'grid' ? 'grid' : 'territory', id: q.territoryId };
  }
  const { rows, total } = await listEnterprisePage(db, {
    scope: enterpriseScopeOf(opts.actor), q: q.q, place, industry: q.industry, activity: q.activity, status: q.status, grade: q.grade,
    majorHazard: q.majorHazard,
    licenceExpiringBy: q.licenceExpiringWithinDays === undefined ? undefined : addDays(chinaDateOf(ctx.now()), q.licenceExpiringWithinDays),
    restricted: q.restricted ? await restrictedMatch(ctx, entries) : undefined,
    page: q.page, pageSize: q.pageSize,
  });
  const counts = new Map<string, number>();
  if (entries.length > 0) {
    for (const line of await listLineNamesOf(db, rows.map((r) => r.id))) {
      if (restrictionFor(entries, { name: line.chemical_name, cas: line.cas })) counts.set(line.enterprise_id, (counts.get(line.enterprise_id) ?? 0) + 1);
    }
  }
  return { items: rows.map((r) => ({ ...r, restricted_line_count: counts.get(r.id) ?? 0 })), total };
}
