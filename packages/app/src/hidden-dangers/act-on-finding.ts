// One step of the hidden-danger loop (POST /api/hidden-dangers/:id/actions): the domain state machine says whether the
// status allows the action and whether this actor's side may take it; this file adds what needs input or the database
// (the plan's text, at least one evidence file, a note, a later deadline), the optimistic lock, the audit entry that
// the timeline is read from, and the notice to the other side. One transaction.
import { listAttachmentsOf } from '@hazgov/db/attachments/attachments.repository';
import type { Db } from '@hazgov/db/database';
import { districtBodies } from '@hazgov/db/hidden-dangers/finding-organisations.repository';
import { organisationsByIds } from '@hazgov/db/orgs/organisations.repository';
import { updateFindingAtVersion, type FindingView } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import type { HazardFindingTable } from '@hazgov/db/schema';
import { nextFindingStatus } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingAction, FindingStatus } from '@hazgov/domain/hidden-dangers/types';
import { districtPathOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import type { Updateable } from 'kysely';
import { recordAudit } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import { chinaDateOf, isIsoDate } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireFindingInScope, sidesOn } from './finding-access.js';

export type FindingActionInput = {
  action: FindingAction; version: number; planText?: string | null | undefined; responsiblePerson?: string | null | undefined;
  funds?: string | null | undefined; note?: string | null | undefined; deadline?: string | null | undefined;
};

const MONEY = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/; // yuan, up to fen
const blank = (s: string | null | undefined): boolean => !s || !s.trim();

function need(problems: ErrorDetail[], field: string, code: string, params: Record<string, string | number> = {}): void {
  problems.push({ field, code, params });
}

async function checkInput(trx: Db, f: FindingView, input: FindingActionInput, today: string): Promise<void> {
  const problems: ErrorDetail[] = [];
  const deadline = input.deadline?.trim() ?? '';
  const needDeadline = (mustBeLater: boolean) => {
    if (!deadline) need(problems, 'deadline', 'FINDING_DEADLINE_REQUIRED');
    else if (!isIsoDate(deadline)) need(problems, 'deadline', 'FINDING_DEADLINE_INVALID', { value: deadline });
    else if (deadline < today) need(problems, 'deadline', 'FINDING_DEADLINE_PAST', { value: deadline, today });
    else if (mustBeLater && deadline <= f.deadline) need(problems, 'deadline', 'FINDING_DEADLINE_NOT_LATER', { value: deadline, deadline: f.deadline });
  };
  switch (input.action) {
    case 'submit_plan':
      if (blank(input.planText)) need(problems, 'planText', 'FINDING_PLAN_REQUIRED');
      if (blank(input.responsiblePerson)) need(problems, 'responsiblePerson', 'FINDING_RESPONSIBLE_REQUIRED');
      if (!blank(input.funds) && !MONEY.test(input.funds!.trim())) need(problems, 'funds', 'FINDING_FUNDS_INVALID', { value: input.funds!.trim() });
      break;
    case 'submit_rectification':
      if ((await listAttachmentsOf(trx, 'rectification', [f.id])).length === 0) need(problems, 'evidence', 'FINDING_EVIDENCE_REQUIRED');
      break;
    case 'return':
      if (blank(input.note)) need(problems, 'note', 'FINDING_NOTE_REQUIRED');
      break;
    case 'reopen':
      if (blank(input.note)) need(problems, 'note', 'FINDING_NOTE_REQUIRED');
      needDeadline(false);
      break;
    case 'extend_deadline':
      if (blank(input.note)) need(problems, 'note', 'FINDING_NOTE_REQUIRED');
      needDeadline(true);
      break;
    case 'verify':
      break;
  }
  if (problems.length > 0) throw invalid(problems[0]!.code, problems, problems[0]!.params ?? {});
}

function changesOf(f: FindingView, input: FindingActionInput, to: FindingStatus, actor: Actor, at: string): Updateable<HazardFindingTable> {
  const base = { status: to, updated_at: at };
  switch (input.action) {
    case 'submit_plan':
      return { ...base, plan_text: input.planText!.trim(), responsible_person: input.responsiblePerson!.trim(), funds: blank(input.funds) ? null : input.funds!.trim() };
    case 'submit_rectification':
      return { ...base, submitted_at: at };
    case 'verify':
      return { ...base, verified_by: actor.userId, verified_at: at, closed_at: at, ...(f.supervision_status === 'listed' ? { supervision_status: 'delisted' } : {}) };
    case 'return':
      return { ...base, submitted_at: null, return_count: f.return_count + 1 };
    case 'reopen': // the clock starts again: a new deadline, no escalation yet; a major one is listed again under its number
      return {
        ...base, deadline: input.deadline!.trim(), verified_by: null, verified_at: null, closed_at: null, submitted_at: null, reopen_count: f.reopen_count + 1,
        escalation_level: 0, escalated_at: null, ...(f.severity === 'major' && f.supervision_no ? { supervision_status: 'listed', supervision_listed_at: at } : {}),
      };
    case 'extend_deadline':
      return { ...base, deadline: input.deadline!.trim(), escalation_level: 0, escalated_at: null };
  }
}

export async function actOnFinding(ctx: AppContext, opts: { actor: Actor; findingId: string; input: FindingActionInput }): Promise<void> {
  const { actor, input } = opts;
  const now = ctx.now();
  const at = now.toISOString();
  const today = chinaDateOf(now);
  await inTransaction(ctx, async (trx) => {
    const f = await requireFindingInScope(trx, actor, opts.findingId);
    const from = f.status as FindingStatus;
    const step = nextFindingStatus(from, input.action, sidesOn(actor, f));
    if (!step.ok && step.reason === 'wrong_side') throw forbidden();
    if (!step.ok) throw new AppError('FINDING_TRANSITION_NOT_ALLOWED', 'conflict', { status: from, action: input.action });
    await checkInput(trx, f, input, today);
    if (f.version !== input.version) throw new AppError('FINDING_VERSION_CONFLICT', 'conflict', { version: input.version });
    const changes = changesOf(f, input, step.to, actor, at);
    if (!(await updateFindingAtVersion(trx, f.id, input.version, changes))) throw new AppError('FINDING_VERSION_CONFLICT', 'conflict', { version: input.version });
    const note = input.note?.trim() || null;
    await recordAudit(trx, {
      actor, action: `hazard_finding.${input.action}`, entity: 'hazard_finding', entityId: f.id, at,
      before: { id: f.id, status: from, deadline: f.deadline },
      after: { id: f.id, status: step.to, fromStatus: from, note, deadline: changes.deadline ?? f.deadline,
        ...(input.action === 'submit_plan' ? { planText: changes.plan_text, responsiblePerson: changes.responsible_person, funds: changes.funds } : {}) },
    });
    await notify(trx, await noticesOf(trx, f, input.action, note, changes.deadline as string | undefined, at), at);
  });
}

const actionText: Record<FindingAction, string> = {
  submit_plan: '已提交整改方案', submit_rectification: '已报告整改完成，待核查', verify: '经核查已销号', return: '整改未通过核查，已退回',
  reopen: '已重新打开', extend_deadline: '整改期限已延长',
};

/** The enterprise's steps tell the regulators (the territory and the department that found it); the regulators' tell the enterprise. */
async function noticesOf(trx: Db, f: FindingView, action: FindingAction, note: string | null, deadline: string | undefined, at: string): Promise<NotificationDraft[]> {
  const link = `/hidden-dangers/${encodeURIComponent(f.id)}`;
  const title = `隐患“${f.category}”${actionText[action]}`;
  const body = `${f.enterprise_name}：${f.description}${deadline ? `（整改期限 ${deadline}）` : ''}${note ? `。意见：${note}` : ''}`;
  const key = `finding-${action}:${f.id}:${at}`;
  if (action === 'submit_plan' || action === 'submit_rectification') {
    const orgs = await organisationsByIds(trx, [f.territory_id, ...(f.inspection_organisation_id ? [f.inspection_organisation_id] : [])]);
    if (!f.inspection_organisation_id) {
      const { bureau } = await districtBodies(trx, districtPathOf(f.path));
      if (bureau) orgs.set(bureau.id, bureau);
    }
    return [...orgs.values()].map((o) => ({ organisationId: o.id, path: o.path, kind: `finding_${action}`, title: `${f.enterprise_name}${title}`, body, link, dedupeKey: `${key}:${o.id}` }));
  }
  return [{ organisationId: f.enterprise_organisation_id, path: f.path, kind: `finding_${action}`, title, body, link, dedupeKey: key }];
}
