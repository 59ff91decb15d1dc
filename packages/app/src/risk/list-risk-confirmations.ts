// The post confirmations of a risk point in scope, newest first.
import { listRiskConfirmations, type RiskConfirmationRow } from '@hazgov/db/risk/risk-confirmations.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requirePointInScope } from './risk-point-access.js';

export async function listRiskPointConfirmations(ctx: AppContext, opts: { actor: Actor; pointId: string }): Promise<RiskConfirmationRow[]> {
  const db = ctx.database.db;
  const point = await requirePointInScope(db, opts.actor, opts.pointId);
  return listRiskConfirmations(db, point.id);
}
