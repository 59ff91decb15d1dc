// Self-declarations of the demo enterprises: a few in each state (draft, submitted, approved, returned with a
// comment), some with last year's approved declaration behind them, and the enterprise user's own company with a
// history the user can see (last year approved; this year copied forward, submitted and returned). Rows are what
// the declaration use cases write (app/src/enterprises: submitted_by / reviewed_by hold display names, the
// snapshot is record-snapshot.ts's format 1 of raw rows so "copy forward" works from it), and each step comes with
// the audit event those use cases record, so the enterprise's history shows the workflow.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import type { BuiltEnterprise } from './demo-enterprise-build.js';
import { addDays } from './demo-enterprise-names.js';
import type { Rng } from './prng.js';

export type DeclarationState = 'draft' | 'submitted' | 'approved' | 'returned';
/** Who did a step: a demo account (username, resolved to an actor when it exists) or a named person without one. */
export type DemoActorRef = { username: string | null; displayName: string };
export type DeclarationPlan = { built: BuiltEnterprise; state: DeclarationState; withLastYear: boolean; submitter: DemoActorRef; reviewer: DemoActorRef; comment?: string };
export type DeclarationEvent = { at: string; actor: DemoActorRef; enterpriseId: string; action: string; before?: unknown; after: unknown };

export const RETURN_COMMENTS = [
  '危险化学品经营许可证已过期，请上传换证材料后重新提交。',
  '储罐区设计最大储量与安全评价报告不一致，请核实后重新提交。',
  '储存单元周边500米常住人口未填写，无法分级，请补充后重新提交。',
  '主要负责人联系电话有误，请更正后重新提交。',
];

/** record-snapshot.ts's RecordSnapshot (format 1): the stored rows as they were at submission. */
export function snapshotOf(b: BuiltEnterprise, takenAt: string): string {
  return JSON.stringify({ format: 1, takenAt, enterprise: b.enterprise, licences: b.licences, sites: b.sites, units: b.units, lines: b.lines, registers: b.registers });
}

/** 10:00–16:59 China time on a date, as an ISO instant. */
const instant = (rng: Rng, date: string): string => `${date}T${String(rng.int(2, 8)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;

type Row = Insertable<DB['enterprise_declarations']>;

function steps(p: DeclarationPlan, row: Row, copied: boolean): DeclarationEvent[] {
  const e = p.built.enterprise.id;
  const id = row.id;
  const out: DeclarationEvent[] = [{
    at: row.created_at, actor: p.submitter, enterpriseId: e, action: copied ? 'enterprise_declaration.copied_forward' : 'enterprise_declaration.started',
    after: { id, year: row.year, status: 'draft', copied_from_id: row.copied_from_id ?? null },
  }];
  if (row.submitted_at) {
    out.push({ at: row.submitted_at, actor: p.submitter, enterpriseId: e, action: 'enterprise_declaration.submitted', before: { id, status: 'draft' }, after: { id, status: 'submitted', year: row.year } });
  }
  if (row.reviewed_at && (row.status === 'approved' || row.status === 'returned')) {
    out.push({ at: row.reviewed_at, actor: p.reviewer, enterpriseId: e, action: `enterprise_declaration.${row.status}`, before: { id, status: 'submitted' }, after: { id, status: row.status, comment: row.review_comment ?? null } });
  }
  return out;
}

export function buildDeclarations(rng: Rng, plans: readonly DeclarationPlan[], today: string): { rows: Row[]; events: DeclarationEvent[] } {
  const year = Number(today.slice(0, 4));
  const rows: Row[] = [];
  const events: DeclarationEvent[] = [];
  for (const p of plans) {
    const e = p.built.enterprise;
    let lastYearId: string | null = null;
    if (p.withLastYear) {
      const submittedOn = `${year - 1}-${String(rng.int(3, 5)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const submittedAt = instant(rng, submittedOn);
      const reviewedAt = instant(rng, addDays(submittedOn, rng.int(2, 10)));
      lastYearId = `${e.id}-declaration-${year - 1}`;
      const row: Row = {
        id: lastYearId, enterprise_id: e.id, path: e.path, year: year - 1, status: 'approved', snapshot_json: snapshotOf(p.built, submittedAt), copied_from_id: null,
        submitted_at: submittedAt, submitted_by: p.submitter.displayName, reviewed_at: reviewedAt, reviewed_by: p.reviewer.displayName, review_comment: '审核通过。',
        created_at: instant(rng, addDays(submittedOn, -rng.int(1, 5))), updated_at: reviewedAt,
      };
      rows.push(row);
      events.push(...steps(p, row, false));
    }
    const submittedOn = addDays(today, -rng.int(3, 15));
    const submittedAt = p.state === 'draft' ? null : instant(rng, submittedOn);
    const reviewed = p.state === 'approved' || p.state === 'returned';
    const reviewedAt = reviewed ? instant(rng, addDays(submittedOn, rng.int(1, 2))) : null;
    const createdAt = instant(rng, addDays(today, -rng.int(20, 40)));
    const row: Row = {
      id: `${e.id}-declaration-${year}`, enterprise_id: e.id, path: e.path, year, status: p.state, snapshot_json: submittedAt ? snapshotOf(p.built, submittedAt) : null,
      copied_from_id: lastYearId, submitted_at: submittedAt, submitted_by: submittedAt ? p.submitter.displayName : null,
      reviewed_at: reviewedAt, reviewed_by: reviewed ? p.reviewer.displayName : null,
      review_comment: p.state === 'returned' ? p.comment ?? rng.pick(RETURN_COMMENTS) : p.state === 'approved' ? '审核通过。' : null,
      created_at: createdAt, updated_at: reviewedAt ?? submittedAt ?? createdAt,
    };
    rows.push(row);
    events.push(...steps(p, row, lastYearId !== null));
    e.declaration_status = p.state;
  }
  events.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)); // the history lists events in the order they were recorded
  return { rows, events };
}
