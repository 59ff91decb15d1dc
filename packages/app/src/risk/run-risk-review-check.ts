// Late-review warnings, raised by the scheduler by itself: a risk point whose next review date has passed tells its
// owner (the enterprise, or the territory of a public place) and its territory — once per point and due date.
// review_warned_for remembers the due date warned about, and the dedupe key carries it too, so a rerun sends nothing
// twice while a point reviewed and late again (a new due date) is warned about again.
import type { Db } from '@hazgov/db/database';
import { listUnwarnedLateReviews, updateRiskPoint } from '@hazgov/db/risk/risk-points.repository';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export const RISK_REVIEW_JOB = 'risk.review-check';

export async function runRiskReviewCheck(ctx: AppContext, asOf: string): Promise<{ warned: number }> {
  return inTransaction(ctx, async (trx: Db) => {
    const at = ctx.now().toISOString();
    const late = await listUnwarnedLateReviews(trx, asOf);
    const drafts: NotificationDraft[] = [];
    for (const p of late) {
      const owner = p.enterprise_organisation_id ? { id: p.enterprise_organisation_id, path: p.path } : null;
      const recipients = [...(owner ? [owner] : []), { id: p.territory_id, path: p.territory_path }];
      const whose = p.enterprise_name ? `${p.enterprise_name}的` : '';
      for (const to of recipients) {
        drafts.push({
          organisationId: to.id, path: to.path, kind: 'risk_review_late', title: `${whose}风险点“${p.name}”逾期未评审`,
          body: `应于 ${p.next_review_on} 前完成定期评审，请尽快组织评审并更新管控状态。`, link: `/risk/points/${encodeURIComponent(p.id)}`,
          dedupeKey: `risk-review-late:${p.id}:${p.next_review_on}:${to.id}`,
        });
      }
      await updateRiskPoint(trx, p.id, { review_warned_for: p.next_review_on });
    }
    const notifications = await notify(trx, drafts, at);
    if (late.length > 0) {
      await recordAudit(trx, { actor: systemActor('scheduler'), action: 'scheduler.risk-review-check', entity: 'job_run', entityId: RISK_REVIEW_JOB, after: { asOf, points: late.length, notifications }, at });
    }
    return { warned: late.length };
  });
}
