// Hazard finding rows. Queries only: who may read or act is decided in app/src/hidden-dangers. Every read that serves a
// user takes the scope and applies it with scoped(). The list is built for 1,000,000 rows: one count, then a page of ids
// over the narrow row (the indexes of 0004 cover scope+status, overdue and territory), then that page's rows with names.
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { DB, HazardFindingTable } from '../schema.js';
import { organisationsByIds } from '../orgs/organisations.repository.js';
import { inIdOrder } from '../shared/in-id-order.js';
import { scoped } from '../shared/scope.js';

export type FindingRow = Selectable<HazardFindingTable>;
export type FindingNames = {
  enterprise_name: string; enterprise_organisation_id: string; territory_name: string; inspection_organisation_id: string | null;
};
export type FindingView = FindingRow & FindingNames;

/** Statuses in which a passed deadline makes a finding overdue (domain overdueStatuses). */
export const OWING_STATUSES = ['open', 'rectifying'] as const;

export type FindingFilter = {
  scope: Scope;
  status?: string | undefined;
  severity?: string | undefined;
  territoryId?: string | undefined;
  enterpriseId?: string | undefined;
  category?: string | undefined;
  /** overdue as of this China date: owing and deadline before it */
  overdueOn?: string | undefined;
  supervision?: string | undefined;
  escalationLevel?: number | undefined;
  q?: string | undefined;
  sort?: 'newest' | 'deadline' | 'overdue' | undefined;
  page: number;
  pageSize: number;
};

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (column: string, text: string): Expression<SqlBool> => sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;

type Eb = ExpressionBuilder<DB & { f: HazardFindingTable }, 'f'>;

function where(eb: Eb, x: FindingFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [scoped(eb, 'f.path', x.scope)];
  if (x.status) all.push(eb('f.status', '=', x.status));
  if (x.severity) all.push(eb('f.severity', '=', x.severity));
  if (x.territoryId) all.push(eb.or([eb('f.territory_id', '=', x.territoryId), eb('f.grid_id', '=', x.territoryId)]));
  if (x.enterpriseId) all.push(eb('f.enterprise_id', '=', x.enterpriseId));
  if (x.category) all.push(eb('f.category', '=', x.category));
  if (x.overdueOn) {
    all.push(eb('f.status', 'in', [...OWING_STATUSES]));
    all.push(eb('f.deadline', '<', x.overdueOn));
  }
  if (x.supervision) all.push(eb('f.supervision_status', '=', x.supervision));
  if (x.escalationLevel !== undefined) all.push(eb('f.escalation_level', '=', x.escalationLevel));
  const q = x.q?.trim();
  if (q) {
    // the enterprise's name through a subquery on enterprises (small) rather than a join on the million rows
    const named = eb.selectFrom('enterprises as qe').select('qe.id').where(sql<SqlBool>`${sql.ref('qe.name')} like ${`%${escapeLike(q)}%`} escape '\\'`);
    all.push(eb.or([contains('f.description', q), contains('f.category', q), eb('f.supervision_no', '=', q), eb('f.enterprise_id', 'in', named)]));
  }
  return eb.and(all);
}

function withNames(db: Db) {
  return db.selectFrom('hazard_findings as f')
    .innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'f.territory_id')
    .leftJoin('inspections as i', 'i.id', 'f.inspection_id')
    .selectAll('f')
    .select(['e.name as enterprise_name', 'e.organisation_id as enterprise_organisation_id', 't.name as territory_name', 'i.organisation_id as inspection_organisation_id']);
}

export async function countFindings(db: Db, f: FindingFilter): Promise<number> {
  const r = await db.selectFrom('hazard_findings as f').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => where(eb, f)).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listFindingPage(db: Db, f: FindingFilter): Promise<{ rows: FindingView[]; total: number }> {
  const total = await countFindings(db, f);
  if (total === 0) return { rows: [], total };
  let ids = db.selectFrom('hazard_findings as f').select('f.id').where((eb) => where(eb, f));
  if (f.sort === 'deadline' || f.sort === 'overdue') ids = ids.orderBy('f.deadline').orderBy('f.id');
  else ids = ids.orderBy('f.found_on', 'desc').orderBy('f.id', 'desc');
  const pageIds = (await ids.limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute()).map((r) => r.id);
  if (pageIds.length === 0) return { rows: [], total };
  return { rows: inIdOrder(pageIds, await withNames(db).where('f.id', 'in', pageIds).execute()), total };
}

export async function findFindingInScope(db: Db, id: string, scope: Scope): Promise<FindingView | undefined> {
  return withNames(db).where('f.id', '=', id).where((eb) => scoped(eb, 'f.path', scope)).executeTakeFirst();
}

export async function findFindingById(db: Db, id: string): Promise<FindingView | undefined> {
  return withNames(db).where('f.id', '=', id).executeTakeFirst();
}

export async function insertFindingRows(db: Db, rows: readonly Insertable<HazardFindingTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('hazard_findings').values(rows.slice(i, i + 200)).execute();
}

/** Optimistic lock: changes the row only when it still has `version`; false when someone else saved first. */
export async function updateFindingAtVersion(db: Db, id: string, version: number, changes: Updateable<HazardFindingTable>): Promise<boolean> {
  const r = await db.updateTable('hazard_findings').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The highest N of the year's 挂牌督办 numbers (`<prefix>N号`); a scan of the listed ones, which are few. */
export async function maxSupervisionNumber(db: Db, prefix: string): Promise<number> {
  const rows = await db.selectFrom('hazard_findings').select('supervision_no')
    .where('severity', '=', 'major').where('supervision_no', 'like', `${escapeLike(prefix)}%`).execute();
  let max = 0;
  for (const r of rows) {
    const n = Number(/〕(\d+)号$/.exec(r.supervision_no ?? '')?.[1] ?? 0);
    if (n > max) max = n;
  }
  return max;
}

// ---- the escalation pass -------------------------------------------------------------------------------------------

/** A slice of the escalation pass: owing findings with a deadline in [from, to] whose level is below `level`. Each slice
 * is one range of index hazard_findings_overdue (status, deadline, escalation_level), visited once per level. */
export type EscalationWindow = { level: number; from: string; to: string };

function inWindow<T extends Eb>(eb: T, w: EscalationWindow): Expression<SqlBool> {
  return eb.and([eb('f.status', 'in', [...OWING_STATUSES]), eb('f.deadline', '>=', w.from), eb('f.deadline', '<=', w.to), eb('f.escalation_level', '<', w.level)]);
}

/** The earliest deadline still to be raised to `level` (where the pass starts), or null when nothing is. */
export async function firstEscalationDeadline(db: Db, level: number, cutoff: string): Promise<string | null> {
  const r = await db.selectFrom('hazard_findings as f').select((eb) => eb.fn.min('f.deadline').as('d'))
    .where('f.status', 'in', [...OWING_STATUSES]).where('f.deadline', '<=', cutoff).where('f.escalation_level', '<', level).executeTakeFirst();
  return (r?.d as string | null | undefined) ?? null;
}

export type EscalatingMajor = { id: string; path: string; territory_id: string; finder_id: string | null; description: string; deadline: string; escalation_level: number };
export type EscalatingGroup = { territory_id: string; finder_id: string | null; escalation_level: number; n: number };

/** The major findings of a window, one by one (each is told by itself). */
export async function majorsInWindow(db: Db, w: EscalationWindow): Promise<EscalatingMajor[]> {
  return db.selectFrom('hazard_findings as f').leftJoin('inspections as i', 'i.id', 'f.inspection_id')
    .select(['f.id', 'f.path', 'f.territory_id', 'i.organisation_id as finder_id', 'f.description', 'f.deadline', 'f.escalation_level'])
    .where((eb) => inWindow(eb, w)).where('f.severity', '=', 'major').execute();
}

/** The general findings of a window, counted by territory, finder and current level (they are told in counts). */
export async function generalGroupsInWindow(db: Db, w: EscalationWindow): Promise<EscalatingGroup[]> {
  const rows = await db.selectFrom('hazard_findings as f').leftJoin('inspections as i', 'i.id', 'f.inspection_id')
    .select((eb) => ['f.territory_id', 'i.organisation_id as finder_id', 'f.escalation_level', eb.fn.countAll<number>().as('n')])
    .where((eb) => inWindow(eb, w)).where('f.severity', '!=', 'major')
    .groupBy(['f.territory_id', 'i.organisation_id', 'f.escalation_level']).execute();
  return rows.map((r) => ({ territory_id: r.territory_id, finder_id: r.finder_id, escalation_level: Number(r.escalation_level), n: Number(r.n) }));
}

/** Raises the window in one set-based UPDATE (not a version bump: escalation is not an edit of the record). */
export async function raiseWindow(db: Db, w: EscalationWindow, at: string): Promise<number> {
  const r = await db.updateTable('hazard_findings as f').set({ escalation_level: w.level, escalated_at: at }).where((eb) => inWindow(eb as unknown as Eb, w)).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Overdue owing findings grouped by territory, escalation level and inspecting organisation (the digest). */
export async function overdueDigestRows(db: Db, today: string): Promise<{ territory_id: string; organisation_id: string | null; level: number; n: number; major: number }[]> {
  const rows = await db.selectFrom('hazard_findings as f').leftJoin('inspections as i', 'i.id', 'f.inspection_id')
    .select((eb) => ['f.territory_id', 'i.organisation_id', 'f.escalation_level as level', eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('f.severity', '=', 'major').then(1).else(0).end()).as('major')])
    .where('f.status', 'in', [...OWING_STATUSES]).where('f.deadline', '<', today)
    .groupBy(['f.territory_id', 'i.organisation_id', 'f.escalation_level']).execute();
  return rows.map((r) => ({ territory_id: r.territory_id, organisation_id: r.organisation_id, level: Number(r.level), n: Number(r.n), major: Number(r.major ?? 0) }));
}

// ---- statistics ---------------------------------------------------------------------------------------------------

export type StatsFilter = { scope: Scope; territoryId?: string | undefined; from?: string | undefined; to?: string | undefined; today: string };

function statsWhere(eb: Eb, x: StatsFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [scoped(eb, 'f.path', x.scope)];
  if (x.territoryId) all.push(eb.or([eb('f.territory_id', '=', x.territoryId), eb('f.grid_id', '=', x.territoryId)]));
  if (x.from) all.push(eb('f.found_on', '>=', x.from));
  if (x.to) all.push(eb('f.found_on', '<=', x.to));
  return eb.and(all);
}

/** The counted columns every group of the statistics carries, as SUM(CASE …) so one pass gives them all. */
function counted(eb: Eb, today: string) {
  const one = (cond: Expression<SqlBool>) => eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end());
  return [
    eb.fn.countAll<number>().as('found'),
    one(eb('f.status', '=', 'closed')).as('closed'),
    one(eb.and([eb('f.status', 'in', [...OWING_STATUSES]), eb('f.deadline', '<', today)])).as('overdue'),
    one(eb('f.severity', '=', 'major')).as('major'),
    one(eb.and([eb('f.severity', '=', 'major'), eb('f.status', '=', 'closed')])).as('major_closed'),
    // closed by the deadline: the UTC date of closed_at against the China deadline (at most 8 hours generous)
    one(eb.and([eb('f.status', '=', 'closed'), sql<SqlBool>`substr(f.closed_at, 1, 10) <= f.deadline`])).as('on_time'),
  ] as const;
}

export type StatsCounts = { found: number; closed: number; overdue: number; major: number; majorClosed: number; onTime: number };
const toCounts = (r: { found: unknown; closed: unknown; overdue: unknown; major: unknown; major_closed: unknown; on_time: unknown }): StatsCounts => ({
  found: Number(r.found ?? 0), closed: Number(r.closed ?? 0), overdue: Number(r.overdue ?? 0), major: Number(r.major ?? 0),
  majorClosed: Number(r.major_closed ?? 0), onTime: Number(r.on_time ?? 0),
});

export type FindingStats = {
  totals: StatsCounts;
  byTerritory: (StatsCounts & { id: string; name: string })[];
  byIndustry: (StatsCounts & { industry: string | null })[];
  byCategory: (StatsCounts & { category: string })[];
  byMonth: (StatsCounts & { month: string })[];
  escalated: { level: number; n: number }[];
};

/** One pass over the scope: the counts grouped by territory, industry, category and month together (a small cube: tens
 * of territories × a dozen industries × eight categories × the months asked for), folded into each breakdown here —
 * one scan of the rows instead of one per breakdown. */
export async function findingStats(db: Db, x: StatsFilter): Promise<FindingStats> {
  const month = sql<string>`substr(f.found_on, 1, 7)`;
  const cube = await db.selectFrom('hazard_findings as f').where((eb) => statsWhere(eb, x))
    .select((eb) => {
      const open = (level: number) => eb.fn.sum<number>(eb.case().when(eb.and([eb('f.status', '!=', 'closed'), eb('f.escalation_level', '=', level)])).then(1).else(0).end());
      return ['f.territory_id', 'f.industry', 'f.category', month.as('month'), ...counted(eb, x.today), open(1).as('esc1'), open(2).as('esc2'), open(3).as('esc3')];
    })
    .groupBy(['f.territory_id', 'f.industry', 'f.category', month]).execute();
  const zero = (): StatsCounts => ({ found: 0, closed: 0, overdue: 0, major: 0, majorClosed: 0, onTime: 0 });
  const addTo = (t: StatsCounts, c: StatsCounts) => { for (const k of Object.keys(t) as (keyof StatsCounts)[]) t[k] += c[k]; };
  const totals = zero();
  const territories = new Map<string, StatsCounts>();
  const industries = new Map<string | null, StatsCounts>();
  const categories = new Map<string, StatsCounts>();
  const months = new Map<string, StatsCounts>();
  const escalated = [0, 0, 0, 0];
  const into = <K>(m: Map<K, StatsCounts>, k: K, c: StatsCounts) => { const t = m.get(k) ?? zero(); addTo(t, c); m.set(k, t); };
  for (const r of cube) {
    const c = toCounts(r);
    addTo(totals, c);
    into(territories, r.territory_id, c);
    into(industries, r.industry, c);
    into(categories, r.category, c);
    into(months, String(r.month), c);
    escalated[1]! += Number(r.esc1 ?? 0);
    escalated[2]! += Number(r.esc2 ?? 0);
    escalated[3]! += Number(r.esc3 ?? 0);
  }
  const ids = [...territories.keys()];
  const orgs = await organisationsByIds(db, ids);
  const names = new Map([...orgs].map(([id, o]) => [id, o.name]));
  return {
    totals,
    byTerritory: [...territories].map(([id, c]) => ({ id, name: names.get(id) ?? id, ...c })),
    byIndustry: [...industries].map(([industry, c]) => ({ industry, ...c })),
    byCategory: [...categories].map(([category, c]) => ({ category, ...c })),
    byMonth: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, c]) => ({ month: m, ...c })),
    escalated: [1, 2, 3].filter((l) => escalated[l]! > 0).map((level) => ({ level, n: escalated[level]! })),
  };
}

/** A change that is not the user's edit of the record (supervision by the admin): bumps the version all the same. */
export async function updateFinding(db: Db, id: string, changes: Updateable<HazardFindingTable>): Promise<void> {
  await db.updateTable('hazard_findings').set((eb) => ({ ...changes, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}
