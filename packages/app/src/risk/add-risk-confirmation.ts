// 岗位安全风险确认: a worker at one of the point's posts confirms knowing its risks and measures. Recorded by the
// enterprise's users (or the district admin); the post must be one of the point's posts.
import crypto from 'node:crypto';
import { insertRiskConfirmation, type RiskConfirmationRow } from '@hazgov/db/risk/risk-confirmations.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { isIsoDate } from '@hazgov/domain/shared/iso-date';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { mayConfirm, requirePointInScope } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { problemsError } from './risk-point-check.js';

export type ConfirmationInput = { post: string; personName: string; confirmedOn: string; note?: string | null | undefined };

export async function addRiskConfirmation(ctx: AppContext, opts: { actor: Actor; pointId: string; input: ConfirmationInput }): Promise<RiskConfirmationRow> {
  const now = ctx.now();
  return inTransaction(ctx, async (trx) => {
    const point = await requirePointInScope(trx, opts.actor, opts.pointId);
    if (!mayConfirm(opts.actor, point)) throw forbidden();
    const posts = JSON.parse(point.posts_json) as string[];
    const post = opts.input.post.trim();
    const personName = opts.input.personName.trim();
    const confirmedOn = opts.input.confirmedOn.trim();
    const problems: ErrorDetail[] = [];
    if (!posts.includes(post)) problems.push({ field: 'post', code: 'RISK_CONFIRMATION_POST_UNKNOWN', params: { post, posts: posts.join('、') || '—' } });
    if (personName === '') problems.push({ field: 'personName', code: 'RISK_CONFIRMATION_PERSON_REQUIRED' });
    if (!isIsoDate(confirmedOn)) problems.push({ field: 'confirmedOn', code: 'RISK_CONFIRMATION_DATE_INVALID', params: { value: confirmedOn } });
    else if (confirmedOn > chinaDateOf(now)) problems.push({ field: 'confirmedOn', code: 'RISK_CONFIRMATION_DATE_FUTURE', params: { value: confirmedOn } });
    if (problems.length > 0) throw problemsError(problems);
    const row: RiskConfirmationRow = {
      id: crypto.randomUUID(), risk_point_id: point.id, path: point.path, post, person_name: personName, confirmed_on: confirmedOn,
      note: opts.input.note?.trim() || null, recorded_by: opts.actor.userId, created_at: now.toISOString(),
    };
    await insertRiskConfirmation(trx, row);
    await auditRiskPoint(trx, ctx, { actor: opts.actor, pointId: point.id, entity: 'risk_confirmation', action: 'risk_confirmation.added', after: row });
    return row;
  });
}

