// A unit sends one of the plan's one-off submissions: its implementation plan (optionally linking its own
// cascading plan), its contact return (报名回执: one leader in charge, one head of department) or its summary.
// Sending again corrects the content; the first submission time stays the one that counts for lateness.
import crypto from 'node:crypto';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { findSubmission, insertSubmission, updateSubmission, type PlanSubmissionRow } from '@hazgov/db/plans/plan-submissions.repository';
import { findPlan, listSubmissionKinds, listTaskUnits } from '@hazgov/db/plans/plans.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { chinaDateOf } from './china-date.js';
import { requireVisiblePlan } from './plan-access.js';
import { owedCells } from './plan-snapshot.js';

export const SUBMISSION_KINDS = ['implementation_plan', 'contact_return', 'summary'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

type Person = { name: string; title: string; phone: string };
export type SubmissionBody =
  | { leader: Person; head: Person }
  | { title: string; note?: string | undefined; childPlanId?: string | null | undefined }
  | { title: string; text: string };

export type SavePlanSubmissionOptions = { actor: Actor; scope: Scope; planId: string; kind: SubmissionKind; body: SubmissionBody };

export async function savePlanSubmission(ctx: AppContext, opts: SavePlanSubmissionOptions): Promise<PlanSubmissionRow> {
  const body = normaliseBody(opts.kind, opts.body);
  return inTransaction(ctx, async (trx) => {
    const plan = await requireVisiblePlan(trx, opts.planId, opts.actor, opts.scope);
    const kind = (await listSubmissionKinds(trx, plan.id)).find((k) => k.kind === opts.kind);
    if (!kind) throw new AppError('PLAN_SUBMISSION_KIND_UNKNOWN', 'not_found', { kind: opts.kind });
    const cells = owedCells(await listTaskUnits(trx, plan.id));
    if (!cells.some((c) => c.unitId === opts.actor.organisationId)) {
      throw new AppError('PLAN_SUBMISSION_NOT_OWED', 'forbidden', { kind: opts.kind });
    }
    const childPlanId = 'childPlanId' in body ? body.childPlanId ?? null : null;
    if (childPlanId) {
      const child = await findPlan(trx, childPlanId);
      if (!child || child.parent_plan_id !== plan.id || child.organisation_id !== opts.actor.organisationId) {
        throw invalid('PLAN_CHILD_PLAN_INVALID', [{ field: 'childPlanId', code: 'PLAN_CHILD_PLAN_INVALID' }]);
      }
    }
    const now = ctx.now();
    const at = now.toISOString();
    const existing = await findSubmission(trx, { planId: plan.id, organisationId: opts.actor.organisationId, kind: opts.kind });
    const fields = {
      body_json: JSON.stringify(body), child_plan_id: childPlanId, due_on: kind.due_on, updated_at: at,
      submitted_at: existing?.submitted_at ?? at, submitted_on: existing?.submitted_on ?? chinaDateOf(now), submitted_by: existing?.submitted_by ?? opts.actor.userId,
    };
    let row: PlanSubmissionRow;
    if (existing) {
      await updateSubmission(trx, existing.id, fields);
      row = { ...existing, ...fields };
    } else {
      row = { id: crypto.randomUUID(), plan_id: plan.id, organisation_id: opts.actor.organisationId, path: opts.actor.organisationPath, kind: opts.kind, ...fields };
      await insertSubmission(trx, row);
    }
    await recordAudit(trx, { actor: opts.actor, action: `plan_submission.${opts.kind}`, entity: 'plan_submission', entityId: row.id, before: existing ?? undefined, after: row, at });
    return row;
  });
}

function normaliseBody(kind: SubmissionKind, body: SubmissionBody): SubmissionBody {
  const problems: ErrorDetail[] = [];
  const need = (value: unknown, field: string): string => {
    const s = typeof value === 'string' ? value.trim() : '';
    if (!s) problems.push({ field, code: 'PLAN_SUBMISSION_FIELD_REQUIRED', params: { field } });
    return s;
  };
  let out: SubmissionBody;
  if (kind === 'contact_return') {
    const b = body as Partial<{ leader: Partial<Person>; head: Partial<Person> }>;
    const person = (p: Partial<Person> | undefined, prefix: string): Person => ({
      name: need(p?.name, `${prefix}.name`), title: need(p?.title, `${prefix}.title`), phone: need(p?.phone, `${prefix}.phone`),
    });
    out = { leader: person(b.leader, 'leader'), head: person(b.head, 'head') };
    for (const [prefix, p] of [['leader', out.leader], ['head', out.head]] as const) {
      if (p.phone && !/^[0-9+\-()\s]{5,30}$/.test(p.phone)) problems.push({ field: `${prefix}.phone`, code: 'PLAN_SUBMISSION_PHONE_INVALID' });
    }
  } else if (kind === 'implementation_plan') {
    const b = body as Partial<{ title: string; note: string; childPlanId: string | null }>;
    out = { title: need(b.title, 'title'), note: typeof b.note === 'string' ? b.note.trim() : '', childPlanId: b.childPlanId ?? null };
  } else {
    const b = body as Partial<{ title: string; text: string }>;
    out = { title: need(b.title, 'title'), text: need(b.text, 'text') };
  }
  if (problems.length) throw invalid('PLAN_SUBMISSION_BODY_INVALID', problems);
  return out;
}
