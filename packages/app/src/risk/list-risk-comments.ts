// The comments on a risk point in scope, oldest first.
import { listRiskComments, type RiskCommentRow } from '@hazgov/db/risk/risk-comments.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requirePointInScope } from './risk-point-access.js';

export async function listRiskPointComments(ctx: AppContext, opts: { actor: Actor; pointId: string }): Promise<RiskCommentRow[]> {
  const db = ctx.database.db;
  const point = await requirePointInScope(db, opts.actor, opts.pointId);
  return listRiskComments(db, point.id);
}
