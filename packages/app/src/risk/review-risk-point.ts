// A periodic review (定期评审) of a risk point: the day it was reviewed and the control status found. The next review
// falls due the interval after it, which clears a late warning; the record's version moves on (the status changed).
import { findRiskPointById, updateRiskPoint } from '@hazgov/db/risk/risk-points.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { invalid } from '@hazgov/domain/shared/app-error';
import { isIsoDate } from '@hazgov/domain/shared/iso-date';
import { nextReviewOn } from '@hazgov/domain/risk/review';
import type { RiskStatus } from '@hazgov/domain/risk/types';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { requireEditablePoint } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { auditView } from './risk-point-columns.js';

export async function reviewRiskPoint(ctx: AppContext, opts: { actor: Actor; pointId: string; reviewedOn: string; status: RiskStatus; note?: string | null | undefined }): Promise<void> {
  const now = ctx.now();
  await inTransaction(ctx, async (trx) => {
    const before = await requireEditablePoint(trx, opts.actor, opts.pointId);
    const day = opts.reviewedOn.trim();
    if (!isIsoDate(day)) throw invalid('RISK_REVIEW_DATE_INVALID', [{ field: 'reviewedOn', code: 'RISK_REVIEW_DATE_INVALID', params: { value: day } }], { value: day });
    if (day > chinaDateOf(now)) throw invalid('RISK_REVIEW_DATE_FUTURE', [{ field: 'reviewedOn', code: 'RISK_REVIEW_DATE_FUTURE', params: { value: day } }], { value: day });
    const next = nextReviewOn(day, day, before.review_interval_days);
    await updateRiskPoint(trx, before.id, { last_reviewed_on: day, next_review_on: next, status: opts.status, version: before.version + 1, updated_at: now.toISOString() });
    const after = await findRiskPointById(trx, before.id);
    await auditRiskPoint(trx, ctx, {
      actor: opts.actor, pointId: before.id, entity: 'risk_point', action: 'risk_point.reviewed',
      before: auditView(before), after: { ...(after ? auditView(after) : {}), note: opts.note?.trim() || null },
    });
    if (opts.status !== before.status) await recomputeAreasOf(trx, ctx, [before.territory_id, ...(before.grid_id ? [before.grid_id] : [])]);
  });
}
