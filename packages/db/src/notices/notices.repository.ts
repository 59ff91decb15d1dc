// Supervision notices (督查通报) and the units they are addressed to. Queries only.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { NoticeTable, NoticeTargetTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type NoticeRow = Selectable<NoticeTable>;
export type NoticeTargetRow = Selectable<NoticeTargetTable> & { unit_name: string };
export type NoticeListRow = NoticeRow & { plan_title: string; target_count: number; acknowledged_count: number };

export async function insertNotice(db: Db, notice: Insertable<NoticeTable>, targets: readonly Insertable<NoticeTargetTable>[]): Promise<void> {
  await db.insertInto('notices').values(notice).execute();
  for (let i = 0; i < targets.length; i += 1000) await db.insertInto('notice_targets').values(targets.slice(i, i + 1000)).execute();
}

/** Notices with at least one target inside the scope (an admin's scope sees every notice). */
export async function listNotices(db: Db, f: { scope: Scope; planId?: string | undefined }): Promise<NoticeListRow[]> {
  let q = db
    .selectFrom('notices as n')
    .innerJoin('plans as p', 'p.id', 'n.plan_id')
    .selectAll('n')
    .select('p.title as plan_title')
    .select((eb) => [
      eb.selectFrom('notice_targets as t').whereRef('t.notice_id', '=', 'n.id').where((e) => scoped(e, 't.path', f.scope))
        .select((e) => e.fn.countAll<number>().as('c')).as('target_count'),
      eb.selectFrom('notice_targets as t').whereRef('t.notice_id', '=', 'n.id').where('t.acknowledged_at', 'is not', null)
        .where((e) => scoped(e, 't.path', f.scope)).select((e) => e.fn.countAll<number>().as('c')).as('acknowledged_count'),
    ])
    .where((eb) => eb.exists(eb.selectFrom('notice_targets as t').select(sql.lit(1).as('x')).whereRef('t.notice_id', '=', 'n.id').where((e) => scoped(e, 't.path', f.scope))));
  if (f.planId) q = q.where('n.plan_id', '=', f.planId);
  const rows = await q.orderBy('n.issued_at', 'desc').execute();
  return rows.map((r) => ({ ...r, target_count: Number(r.target_count ?? 0), acknowledged_count: Number(r.acknowledged_count ?? 0) }));
}

export async function listNoticeTargets(db: Db, noticeIds: readonly string[], scope: Scope): Promise<NoticeTargetRow[]> {
  if (noticeIds.length === 0) return [];
  return db
    .selectFrom('notice_targets as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .selectAll('t')
    .select('o.name as unit_name')
    .where('t.notice_id', 'in', [...noticeIds])
    .where((eb) => scoped(eb, 't.path', scope))
    .orderBy('o.sort')
    .orderBy('o.name')
    .execute();
}

export async function findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
  return db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findNoticeTarget(db: Db, noticeId: string, organisationId: string, scope: Scope): Promise<Selectable<NoticeTargetTable> | undefined> {
  return db
    .selectFrom('notice_targets')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .where('organisation_id', '=', organisationId)
    .where((eb) => scoped(eb, 'notice_targets.path', scope))
    .executeTakeFirst();
}

export async function acknowledgeNoticeTarget(db: Db, noticeId: string, organisationId: string, at: string, by: string): Promise<void> {
  await db
    .updateTable('notice_targets')
    .set({ acknowledged_at: at, acknowledged_by: by })
    .where('notice_id', '=', noticeId)
    .where('organisation_id', '=', organisationId)
    .execute();
}
