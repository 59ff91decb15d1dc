// One risk point, when it lies in the actor's enterprise scope (else 404).
import type { RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requirePointInScope } from './risk-point-access.js';

export async function getRiskPoint(ctx: AppContext, opts: { actor: Actor; pointId: string }): Promise<RiskPointView> {
  return requirePointInScope(ctx.database.db, opts.actor, opts.pointId);
}
