// Scheduler job `findings-escalation`: overdue findings climb territory → department → district, each step notified
// once, then one digest per organisation per day. Idempotent per day (job_runs).
//
// Set-based and sliced so a pass over 1,000,000 open findings stays a few hundred statements: for level 3, then 2, then
// 1, the owing findings whose deadline is on or before the level's cutoff and whose level is lower are raised a slice
// of WINDOW_DAYS deadlines at a time — each slice one range of index hazard_findings_overdue, one UPDATE, its notices,
// one transaction. A finding that jumps several levels in one pass (the server was off) tells every level it passed.
// Who is told: level 1 the finding's territory; level 2 the department that found it (the inspection's organisation,
// else the district's work-safety bureau); level 3 the district office (区安委办). A major finding's step is one notice
// per finding (it is under 挂牌督办); general findings are told as one notice per organisation and level per day
// ("N 项隐患逾期升级"), so a backlog cannot bury an inbox. Then the digest: one `finding_digest` per organisation with
// overdue findings in its care (territory, finder, district office), counts by level. The audit records the run.
import type { Db } from '@hazgov/db/database';
import { districtBodies } from '@hazgov/db/hidden-dangers/finding-organisations.repository';
import { organisationsByIds, type OrgRef } from '@hazgov/db/orgs/organisations.repository';
import {
  firstEscalationDeadline, generalGroupsInWindow, majorsInWindow, overdueDigestRows, raiseWindow, type EscalationWindow,
} from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { findJobRun, saveJobRun } from '@hazgov/db/plans/job-runs.repository';
import { deadlineCutoffFor } from '@hazgov/domain/hidden-dangers/finding-workflow';
import { districtPathOf } from '@hazgov/domain/orgs/scope';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import { addDays } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';

export const FINDING_ESCALATION_JOB = 'findings-escalation';
/** Deadlines per slice: a month of a busy district's deadlines is some tens of thousands of rows, one statement's worth. */
export const WINDOW_DAYS = 31;

export type EscalationResult = { escalated: { 1: number; 2: number; 3: number }; digests: number };
type Level = 1 | 2 | 3;

const levelName: Record<Level, string> = { 1: '属地镇街', 2: '行业主管部门', 3: '区安委办' };

/** Who is told at each level: the territory, the finder (else the district's bureau), the district office. Reads
 * through the `db` it is given (inside a transaction: that transaction — SQLite has one connection). */
class Recipients {
  private bodies = new Map<string, { office: OrgRef | null; bureau: OrgRef | null }>();
  private orgs = new Map<string, OrgRef>();
  async ensure(db: Db, ids: readonly (string | null)[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id): id is string => id !== null && !this.orgs.has(id));
    for (const [id, o] of await organisationsByIds(db, missing)) this.orgs.set(id, o);
    for (const id of ids) {
      const o = id ? this.orgs.get(id) : undefined;
      const d = o ? districtPathOf(o.path) : null;
      if (d && !this.bodies.has(d)) this.bodies.set(d, await districtBodies(db, d));
    }
  }
  org(id: string | null | undefined): OrgRef | null { return id ? this.orgs.get(id) ?? null : null; }
  bodiesOf(territoryId: string) {
    const t = this.org(territoryId);
    return t ? this.bodies.get(districtPathOf(t.path)) : undefined;
  }
  /** The territory, finder and office of a finding; call ensure() with its territory and finder first. */
  of(territoryId: string, finderId: string | null, level: Level): OrgRef | null {
    if (level === 1) return this.org(territoryId);
    const b = this.bodiesOf(territoryId);
    if (level === 2) return this.org(finderId) ?? b?.bureau ?? null;
    return b?.office ?? null;
  }
}

const levelsPassed = (from: number, to: Level): Level[] => ([1, 2, 3] as const).filter((l) => l > from && l <= to);

export async function runFindingEscalation(ctx: AppContext, asOf: string): Promise<EscalationResult> {
  const db = ctx.database.db;
  const none: EscalationResult = { escalated: { 1: 0, 2: 0, 3: 0 }, digests: 0 };
  const run = await findJobRun(db, FINDING_ESCALATION_JOB);
  if (run?.last_as_of && run.last_as_of >= asOf) return none; // once a day
  const { escalation } = await loadInspectionSettings(db);
  const at = ctx.now().toISOString();
  const recipients = new Recipients();
  const escalated = { 1: 0, 2: 0, 3: 0 };
  const generalTold = new Map<string, { org: OrgRef; level: Level; n: number }>(); // org:level → count

  for (const level of [3, 2, 1] as const) {
    const cutoff = deadlineCutoffFor(level, escalation, asOf);
    // each slice starts at the earliest deadline still to raise (raised rows leave the range), so gaps cost nothing
    let last = '';
    for (let from = await firstEscalationDeadline(db, level, cutoff); from !== null && from > last; from = await firstEscalationDeadline(db, level, cutoff)) {
      const to = addDays(from, WINDOW_DAYS - 1) < cutoff ? addDays(from, WINDOW_DAYS - 1) : cutoff;
      const w: EscalationWindow = { level, from, to };
      last = to; // the next slice starts after this one (a guard: a slice always raises its rows)
      escalated[level] += await inTransaction(ctx, async (trx) => {
        const majors = await majorsInWindow(trx, w);
        const groups = await generalGroupsInWindow(trx, w);
        await recipients.ensure(trx, [...majors, ...groups].flatMap((f) => [f.territory_id, f.finder_id]));
        const drafts: NotificationDraft[] = [];
        for (const f of majors) {
          for (const l of levelsPassed(f.escalation_level, level)) {
            const org = recipients.of(f.territory_id, f.finder_id, l);
            if (!org) continue;
            drafts.push({
              organisationId: org.id, path: org.path, kind: 'finding_escalated', link: `/hidden-dangers/${encodeURIComponent(f.id)}`,
              dedupeKey: `finding-escalated:${f.id}:${l}:${org.id}`,
              title: `重大隐患逾期未整改，已升级至${levelName[l]}`, body: `${f.description}（整改期限 ${f.deadline}）。请督促企业立即整改。`,
            });
          }
        }
        for (const g of groups) {
          for (const l of levelsPassed(g.escalation_level, level)) {
            const org = recipients.of(g.territory_id, g.finder_id, l);
            if (!org) continue;
            const key = `${org.id}:${l}`;
            const told = generalTold.get(key) ?? { org, level: l, n: 0 };
            told.n += g.n;
            generalTold.set(key, told);
          }
        }
        await notify(trx, drafts, at);
        return raiseWindow(trx, w, at);
      });
    }
  }

  return inTransaction(ctx, async (trx) => {
    const drafts: NotificationDraft[] = [...generalTold.values()].map((g) => ({
      organisationId: g.org.id, path: g.org.path, kind: 'finding_escalated', link: `/hidden-dangers?overdue=1&escalationLevel=${g.level}`,
      dedupeKey: `finding-escalated:${g.org.id}:${g.level}:${asOf}`,
      title: `${g.n} 项一般隐患逾期未整改，已升级至${levelName[g.level]}`, body: `截至 ${asOf}，${g.n} 项一般隐患超过整改期限，请督促企业整改。`,
    }));
    await notify(trx, drafts, at);
    const digests = await sendDigests(trx, recipients, asOf, at);
    const result: EscalationResult = { escalated, digests };
    await saveJobRun(trx, { job: FINDING_ESCALATION_JOB, last_run_at: at, last_as_of: asOf, last_result: JSON.stringify(result) });
    if (escalated[1] + escalated[2] + escalated[3] + digests > 0) {
      await recordAudit(trx, { actor: systemActor('scheduler'), action: 'scheduler.findings-escalation', entity: 'job_run', entityId: FINDING_ESCALATION_JOB, after: { asOf, ...result }, at });
    }
    return result;
  });
}

type Tally = { total: number; major: number; byLevel: [number, number, number, number]; territoryId: string | null };

/** One digest per organisation with overdue findings in its care: its territory's, those it found, the whole district's. */
async function sendDigests(trx: Db, recipients: Recipients, asOf: string, at: string): Promise<number> {
  const rows = await overdueDigestRows(trx, asOf);
  if (rows.length === 0) return 0;
  await recipients.ensure(trx, rows.flatMap((r) => [r.territory_id, r.organisation_id]));
  const tallies = new Map<string, Tally>();
  const add = (orgId: string, r: (typeof rows)[number], territoryId: string | null) => {
    const t = tallies.get(orgId) ?? { total: 0, major: 0, byLevel: [0, 0, 0, 0], territoryId };
    t.total += r.n;
    t.major += r.major;
    t.byLevel[Math.min(3, Math.max(0, r.level))]! += r.n;
    tallies.set(orgId, t);
  };
  for (const r of rows) {
    add(r.territory_id, r, r.territory_id);
    const finder = recipients.of(r.territory_id, r.organisation_id, 2);
    if (finder && finder.id !== r.territory_id) add(finder.id, r, null);
    const office = recipients.of(r.territory_id, null, 3);
    if (office && office.id !== finder?.id) add(office.id, r, null);
  }
  await recipients.ensure(trx, [...tallies.keys()]);
  const drafts: NotificationDraft[] = [];
  for (const [orgId, t] of tallies) {
    const org = recipients.org(orgId);
    if (!org) continue;
    drafts.push({
      organisationId: org.id, path: org.path, kind: 'finding_digest', dedupeKey: `finding-digest:${org.id}:${asOf}`,
      link: `/hidden-dangers?overdue=1${t.territoryId ? `&territoryId=${encodeURIComponent(t.territoryId)}` : ''}`,
      title: `隐患整改日报（${asOf}）：逾期未整改 ${t.total} 项`,
      body: `逾期未整改隐患 ${t.total} 项，其中重大隐患 ${t.major} 项；已升级至属地 ${t.byLevel[1]} 项、部门 ${t.byLevel[2]} 项、区安委办 ${t.byLevel[3]} 项${t.byLevel[0] > 0 ? `，未达升级天数 ${t.byLevel[0]} 项` : ''}。`,
    });
  }
  return notify(trx, drafts, at);
}
