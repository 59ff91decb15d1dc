// Enforcement case rows. Queries only: who may act is decided in app/src/enforcement; every read that serves a user
// takes the scope (enterpriseScopeOf) and applies it with scoped(). Rows come with the enterprise's, territory's and
// enforcing organisation's names.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { EnforcementCaseTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type CaseRow = Selectable<EnforcementCaseTable>;
export type CaseView = CaseRow & {
  enterprise_name: string; enterprise_uscc: string; enterprise_organisation_id: string; territory_id: string; territory_name: string;
  organisation_name: string;
};

export type CaseFilter = {
  scope: Scope; kind?: string | undefined; status?: string | undefined; enterpriseId?: string | undefined; published?: boolean | undefined;
  page: number; pageSize: number;
};

function withNames(db: Db) {
  return db.selectFrom('enforcement_cases as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .leftJoin('organisations as o', 'o.id', 'c.organisation_id')
    .selectAll('c')
    .select(['e.name as enterprise_name', 'e.uscc as enterprise_uscc', 'e.organisation_id as enterprise_organisation_id', 'e.territory_id as territory_id',
      't.name as territory_name', 'o.name as organisation_name']);
}

type Sel = ReturnType<typeof withNames>;
const narrow = (q: Sel, f: CaseFilter): Sel => {
  let out = q.where((eb) => scoped(eb, 'c.path', f.scope));
  if (f.kind) out = out.where('c.kind', '=', f.kind);
  if (f.status) out = out.where('c.status', '=', f.status);
  if (f.enterpriseId) out = out.where('c.enterprise_id', '=', f.enterpriseId);
  if (f.published === true) out = out.where('c.published_at', 'is not', null);
  if (f.published === false) out = out.where('c.published_at', 'is', null);
  return out;
};

export async function listCasePage(db: Db, f: CaseFilter): Promise<{ rows: CaseView[]; total: number }> {
  const counted = await narrow(withNames(db), f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (total === 0) return { rows: [], total };
  const rows = await narrow(withNames(db), f).orderBy('c.created_at', 'desc').orderBy('c.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute();
  return { rows: rows as CaseView[], total };
}

export async function findCaseInScope(db: Db, id: string, scope: Scope): Promise<CaseView | undefined> {
  return (await withNames(db).where('c.id', '=', id).where((eb) => scoped(eb, 'c.path', scope)).executeTakeFirst()) as CaseView | undefined;
}

export async function insertCase(db: Db, row: Insertable<EnforcementCaseTable>): Promise<void> {
  await db.insertInto('enforcement_cases').values(row).execute();
}

/** Optimistic: only when the stored version is still `version`; returns whether a row changed. */
export async function updateCaseAtVersion(db: Db, id: string, version: number, changes: Updateable<EnforcementCaseTable>): Promise<boolean> {
  const r = await db.updateTable('enforcement_cases').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Decision numbers of cases (the blacklist entry's `cases`), scoped. */
export async function findCasesInScope(db: Db, ids: readonly string[], scope: Scope): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('enforcement_cases').selectAll().where('id', 'in', [...ids]).where((eb) => scoped(eb, 'enforcement_cases.path', scope)).execute();
}

/** Orders past their deadline (deadline < asOf) still issued: the scheduler marks them overdue. */
export async function listOrdersPastDeadline(db: Db, asOf: string, limit: number): Promise<CaseView[]> {
  return (await withNames(db).where('c.kind', '=', 'rectification_order').where('c.status', '=', 'issued').where('c.deadline', '<', asOf)
    .orderBy('c.id').limit(limit).execute()) as CaseView[];
}

/** Published penalties, newest first: the public portal (system scope: the portal is the whole installation's). */
export async function listPublishedPenalties(db: Db, limit: number): Promise<CaseView[]> {
  return (await withNames(db).where('c.kind', '=', 'penalty').where('c.published_at', 'is not', null)
    .orderBy('c.published_at', 'desc').orderBy('c.id').limit(limit).execute()) as CaseView[];
}

/** Which of these findings / this inspection belong to the enterprise and lie in the scope (a case may cite only those). */
export async function findingIdsOfEnterprise(db: Db, ids: readonly string[], enterpriseId: string, scope: Scope): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('hazard_findings').select('id').where('id', 'in', [...ids]).where('enterprise_id', '=', enterpriseId)
    .where((eb) => scoped(eb, 'hazard_findings.path', scope)).execute();
  return new Set(rows.map((r) => r.id));
}

export async function inspectionOfEnterprise(db: Db, id: string, enterpriseId: string, scope: Scope): Promise<boolean> {
  const row = await db.selectFrom('inspections').select('id').where('id', '=', id).where('enterprise_id', '=', enterpriseId)
    .where((eb) => scoped(eb, 'inspections.path', scope)).executeTakeFirst();
  return row !== undefined;
}

/** A case's audit rows, oldest first: its timeline (entity enforcement_case, entity_id = the case; audit_log_entity_id). */
export async function listCaseAudit(db: Db, caseId: string): Promise<{ at: string; action: string; actor_name: string; before_json: string | null; after_json: string | null }[]> {
  return db.selectFrom('audit_log').select(['at', 'action', 'actor_name', 'before_json', 'after_json'])
    .where('entity', '=', 'enforcement_case').where('entity_id', '=', caseId).orderBy('seq').execute();
}
