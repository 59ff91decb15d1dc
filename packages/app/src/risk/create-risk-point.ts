// Records a risk point: checked and scored with the bands in force, placed (an enterprise's point under the
// enterprise, a public place under its territory or grid cell), audited, and the area risk of its territory and
// grid cell recomputed — all in one transaction.
import crypto from 'node:crypto';
import { findRiskPointById, insertRiskPoint } from '@hazgov/db/risk/risk-points.repository';
import type { RiskPointInput } from '@hazgov/domain/risk/risk-point-input';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreasOf } from './recompute-areas.js';
import { auditRiskPoint } from './risk-point-audit.js';
import { checkRiskPoint } from './risk-point-check.js';
import { auditView, riskPointColumns } from './risk-point-columns.js';

export async function createRiskPoint(ctx: AppContext, opts: { actor: Actor; input: RiskPointInput; isDemo?: boolean }): Promise<string> {
  const now = ctx.now();
  const today = chinaDateOf(now);
  return inTransaction(ctx, async (trx) => {
    const checked = await checkRiskPoint(trx, opts.actor, opts.input, today);
    const id = crypto.randomUUID();
    const at = now.toISOString();
    await insertRiskPoint(trx, {
      id, ...riskPointColumns(checked, today, null), override_level: null, override_reason: null, override_by: null, override_at: null,
      review_warned_for: null, is_demo: opts.isDemo ? 1 : 0, version: 1, created_at: at, updated_at: at,
    });
    const saved = await findRiskPointById(trx, id);
    await auditRiskPoint(trx, ctx, { actor: opts.actor, pointId: id, entity: 'risk_point', action: 'risk_point.created', after: saved ? auditView(saved) : { id } });
    await recomputeAreasOf(trx, ctx, [checked.place.territoryId, ...(checked.place.gridId ? [checked.place.gridId] : [])]);
    return id;
  });
}
