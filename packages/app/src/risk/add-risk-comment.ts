// A comment on a risk point: a regulator's remark (or the owner's reply). The other side is told — a regulator's
// comment goes to the enterprise (or, for a public place, its territory); the enterprise's reply to the territory.
import crypto from 'node:crypto';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { insertRiskComment, type RiskCommentRow } from '@hazgov/db/risk/risk-comments.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid } from '@hazgov/domain/shared/app-error';
import { notify } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { mayComment, requirePointInScope } from './risk-point-access.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { draftForOwner, draftForTerritory } from './risk-point-notice.js';

export async function addRiskComment(ctx: AppContext, opts: { actor: Actor; pointId: string; body: string }): Promise<RiskCommentRow> {
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const point = await requirePointInScope(trx, opts.actor, opts.pointId);
    if (!mayComment(opts.actor, point)) throw forbidden();
    const body = opts.body.trim();
    if (body === '') throw invalid('RISK_COMMENT_EMPTY', [{ field: 'body', code: 'RISK_COMMENT_EMPTY' }]);
    const org = await findOrganisationById(trx, opts.actor.organisationId);
    const row: RiskCommentRow = {
      id: crypto.randomUUID(), risk_point_id: point.id, path: point.path, author_id: opts.actor.userId, author_name: opts.actor.displayName,
      author_organisation: org?.name ?? '', body, created_at: at,
    };
    await insertRiskComment(trx, row);
    await auditRiskPoint(trx, ctx, { actor: opts.actor, pointId: point.id, entity: 'risk_comment', action: 'risk_comment.added', after: row });
    const title = `风险点“${point.name}”有新的意见`;
    const text = `${row.author_organisation} ${row.author_name}：${body.length > 200 ? `${body.slice(0, 200)}…` : body}`;
    const dedupeKey = `risk-comment:${row.id}`;
    const d = { kind: 'risk_comment', title, body: text, dedupeKey };
    // an enterprise's reply goes to its town's regulators; a regulator's remark to the point's owner
    const draft = opts.actor.role === 'enterprise' ? await draftForTerritory(trx, point, d) : await draftForOwner(trx, point, d);
    if (draft.organisationId !== opts.actor.organisationId) await notify(trx, [draft], at);
    return row;
  });
}
