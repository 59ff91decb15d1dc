// Scheduler job `findings-escalation`: overdue findings climb territory → department → district, each step notified
// once, then one digest per organisation per day. Idempotent per day (job_runs).
//
// Set-based and batched so a pass over 1,000,000 open findings stays a few hundred statements: for level 3, then 2,
// then 1, the owing findings whose deadline is on or before the level's cutoff and whose level is lower are read
// BATCH at a time (index hazard_findings_overdue) and raised with one UPDATE … WHERE id IN (…) per batch, each batch
// its own transaction. A finding that jumps several levels in one pass (the server was off) tells every level it passed.
// Who is told: level 1 the finding's territory; level 2 the department that found it (the inspection's organisation,
// else the district's work-safety bureau); level 3 the district office (区安委办). A major finding's step is one notice
// per finding (it is under 挂牌督办); general findings are told as one notice per organisation and level per day
// ("N 项隐患逾期升级"), so a backlog cannot bury an inbox. Then the digest: one `finding_digest` per organisation with
// overdue findings in its care (territory, finder, district office), counts by level. The audit records the run.
import type { Db } from '@hazgov/db/database';
import { districtBodies, organisationsByIds, type OrgRef } from '@hazgov/db/hidden-dangers/finding-organisations.repository';
import {
  inspectionOrganisations, listEscalationBatch, overdueDigestRows, setEscalationLevel, type EscalationCandidate,
} from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { findJobRun, saveJobRun } from '@hazgov/db/plans/job-runs.repository';
import { deadlineCutoffFor } from '@hazgov/domain/hidden-dangers/finding-workflow';
import { districtPathOf } from '@hazgov/domain/orgs/scope';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadFindingSettings } from './finding-settings.js';

export const FINDING_ESCALATION_JOB = 'findings-escalation';
export const ESCALATION_BATCH = 2000;

export type EscalationResult = { escalated: { 1: number; 2: number; 3: number }; digests: number };
type Level = 1 | 2 | 3;

const levelName: Record<Level, string> = { 1: '属地镇街', 2: '行业主管部门', 3: '区安委办' };

/** Who is told at each level, per district (found once per pass). */
class Recipients {
  private bodies = new Map<string, { office: OrgRef | null; bureau: OrgRef | null }>();
  private orgs = new Map<string, OrgRef>();
  constructor(private readonly db: Db) {}
  async loadDistrict(districtPath: string): Promise<void> {
    if (!this.bodies.has(districtPath)) this.bodies.set(districtPath, await districtBodies(this.db, districtPath));
  }
  async load(batch: readonly EscalationCandidate[], finders: Map<string, string>): Promise<void> {
    for (const d of new Set(batch.map((f) => districtPathOf(f.path)))) await this.loadDistrict(d);
    const missing = [...new Set([...batch.map((f) => f.territory_id), ...finders.values()])].filter((id) => !this.orgs.has(id));
    for (const [id, o] of await organisationsByIds(this.db, missing)) this.orgs.set(id, o);
  }
  org(id: string | null | undefined): OrgRef | null { return id ? this.orgs.get(id) ?? null : null; }
  of(f: Pick<EscalationCandidate, 'path' | 'territory_id' | 'inspection_id'>, level: Level, finders: Map<string, string>): OrgRef | null {
    const b = this.bodies.get(districtPathOf(f.path));
    if (level === 1) return this.org(f.territory_id);
    if (level === 2) return this.org(f.inspection_id ? finders.get(f.inspection_id) : null) ?? b?.bureau ?? null;
    return b?.office ?? null;
  }
  async ensure(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.orgs.has(id));
    for (const [id, o] of await organisationsByIds(this.db, missing)) this.orgs.set(id, o);
  }
  district(path: string) { return this.bodies.get(path); }
}

export async function runFindingEscalation(ctx: AppContext, asOf: string): Promise<EscalationResult> {
  const db = ctx.database.db;
  const none: EscalationResult = { escalated: { 1: 0, 2: 0, 3: 0 }, digests: 0 };
  const run = await findJobRun(db, FINDING_ESCALATION_JOB);
  if (run?.last_as_of && run.last_as_of >= asOf) return none; // once a day
  const { escalation } = await loadFindingSettings(db);
  const at = ctx.now().toISOString();
  const recipients = new Recipients(db);
  const escalated = { 1: 0, 2: 0, 3: 0 };
  const generalTold = new Map<string, { org: OrgRef; level: Level; n: number }>(); // org:level → count

  for (const level of [3, 2, 1] as const) {
    const cutoff = deadlineCutoffFor(level, escalation, asOf);
    for (;;) {
      const batch = await listEscalationBatch(db, level, cutoff, ESCALATION_BATCH);
      if (batch.length === 0) break;
      // look-ups first, on the pool (SQLite has one connection: nothing outside the transaction may run inside it)
      const finders = await inspectionOrganisations(db, batch.flatMap((f) => (f.inspection_id ? [f.inspection_id] : [])));
      await recipients.load(batch, finders);
      await inTransaction(ctx, async (trx) => {
        await setEscalationLevel(trx, batch.map((f) => f.id), level, at);
        const drafts: NotificationDraft[] = [];
        for (const f of batch) {
          for (let l = (f.escalation_level + 1) as Level; l <= level; l = (l + 1) as Level) {
            const to = recipients.of(f, l, finders);
            if (!to) continue;
            if (f.severity === 'major') {
              drafts.push({
                organisationId: to.id, path: to.path, kind: 'finding_escalated', link: `/hidden-dangers/${encodeURIComponent(f.id)}`,
                dedupeKey: `finding-escalated:${f.id}:${l}:${to.id}`,
                title: `重大隐患逾期未整改，已升级至${levelName[l]}`, body: `${f.description}（整改期限 ${f.deadline}）。请督促企业立即整改。`,
              });
            } else {
              const key = `${to.id}:${l}`;
              const g = generalTold.get(key) ?? { org: to, level: l, n: 0 };
              g.n += 1;
              generalTold.set(key, g);
            }
          }
        }
        await notify(trx, drafts, at);
      });
      escalated[level] += batch.length;
      if (batch.length < ESCALATION_BATCH) break;
    }
  }

  return inTransaction(ctx, async (trx) => {
    const drafts: NotificationDraft[] = [...generalTold.values()].map((g) => ({
      organisationId: g.org.id, path: g.org.path, kind: 'finding_escalated', link: `/hidden-dangers?overdue=1&escalationLevel=${g.level}`,
      dedupeKey: `finding-escalated:${g.org.id}:${g.level}:${asOf}`,
      title: `${g.n} 项一般隐患逾期未整改，已升级至${levelName[g.level]}`, body: `截至 ${asOf}，${g.n} 项一般隐患超过整改期限，请督促企业整改。`,
    }));
    await notify(trx, drafts, at);
    const digests = await sendDigests(trx, asOf, at);
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
async function sendDigests(trx: Db, asOf: string, at: string): Promise<number> {
  const rows = await overdueDigestRows(trx, asOf);
  if (rows.length === 0) return 0;
  const recipients = new Recipients(trx);
  const tallies = new Map<string, Tally>();
  const add = (orgId: string, r: (typeof rows)[number], territoryId: string | null) => {
    const t = tallies.get(orgId) ?? { total: 0, major: 0, byLevel: [0, 0, 0, 0], territoryId };
    t.total += r.n;
    t.major += r.major;
    t.byLevel[Math.min(3, Math.max(0, r.level))]! += r.n;
    tallies.set(orgId, t);
  };
  const orgIds = [...new Set(rows.flatMap((r) => [r.territory_id, ...(r.organisation_id ? [r.organisation_id] : [])]))];
  await recipients.ensure(orgIds);
  const districts = new Set<string>();
  for (const r of rows) {
    const territory = recipients.org(r.territory_id);
    if (territory) districts.add(districtPathOf(territory.path));
  }
  for (const d of districts) await recipients.loadDistrict(d);
  for (const r of rows) {
    add(r.territory_id, r, r.territory_id);
    const territory = recipients.org(r.territory_id);
    const bodies = territory ? recipients.district(districtPathOf(territory.path)) : undefined;
    const finder = r.organisation_id ?? bodies?.bureau?.id ?? null;
    if (finder && finder !== r.territory_id) add(finder, r, null);
    if (bodies?.office && bodies.office.id !== finder) add(bodies.office.id, r, null);
  }
  await recipients.ensure([...tallies.keys()]);
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
