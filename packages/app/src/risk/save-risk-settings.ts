// The district admin saves the risk rules (any of bands, area rule, supervision frequency). Each document is checked
// whole (domain/risk/settings.ts: the problem names its field). When the bands change every risk point is re-graded
// with `assess` (its effective level too, unless a regulator overrode it); then every area is recomputed with the
// new rules — all in one transaction with the audit row, so no point or area is ever graded by half-saved rules.
import type { Db } from '@hazgov/db/database';
import { listPointAssessments, setComputedLevel, upsertRiskSetting } from '@hazgov/db/risk/risk-settings.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { assess, type Assessment } from '@hazgov/domain/risk/assessment';
import { validateAreaRule, validateBands, validateSupervisionFrequency } from '@hazgov/domain/risk/settings';
import type { AreaRule, AssessmentInputs, AssessmentMethod, RiskBands, SupervisionFrequency } from '@hazgov/domain/risk/types';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { getRiskSettings, type RiskSettingsView } from './get-risk-settings.js';
import { recomputeAllAreasIn } from './recompute-all-areas.js';
import { loadRiskRules, RISK_SETTING_KEYS } from './risk-settings.js';

export type RiskSettingsInput = { bands?: RiskBands | undefined; areaRule?: AreaRule | undefined; supervisionFrequency?: SupervisionFrequency | undefined };

export async function saveRiskSettings(ctx: AppContext, opts: { actor: Actor; input: RiskSettingsInput }): Promise<RiskSettingsView> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const { bands, areaRule, supervisionFrequency } = opts.input;
  if (bands) validateBands(bands);
  if (areaRule) validateAreaRule(areaRule);
  if (supervisionFrequency) validateSupervisionFrequency(supervisionFrequency);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const before = await loadRiskRules(trx);
    const save = (key: string, value: unknown) => upsertRiskSetting(trx, { key, value_json: JSON.stringify(value), updated_at: at, updated_by: opts.actor.userId });
    if (bands) await save(RISK_SETTING_KEYS.bands, bands);
    if (areaRule) await save(RISK_SETTING_KEYS.areaRule, areaRule);
    if (supervisionFrequency) await save(RISK_SETTING_KEYS.supervisionFrequency, supervisionFrequency);
    const regraded = bands ? await regradePoints(trx, bands, at) : 0;
    const areas = await recomputeAllAreasIn(trx, ctx);
    const after = await loadRiskRules(trx);
    await recordAudit(trx, {
      actor: opts.actor, action: 'risk_settings.saved', entity: 'risk_settings', entityId: 'risk',
      before: { bands: before.bands, areaRule: before.areaRule, supervisionFrequency: before.supervisionFrequency },
      after: { bands: after.bands, areaRule: after.areaRule, supervisionFrequency: after.supervisionFrequency, regradedPoints: regraded, areas: areas.count },
      at,
    });
    return getRiskSettings(trx);
  });
}

/**
 * Re-grades every point with the new bands; writes only those whose computed level changed. Returns how many. A point
 * whose stored inputs no longer fit a scale (written before a check existed) keeps its level rather than blocking
 * the district's save; its own next edit will have to fix the inputs.
 */
async function regradePoints(trx: Db, bands: RiskBands, at: string): Promise<number> {
  const changed = new Map<string, string[]>();
  for (const p of await listPointAssessments(trx)) {
    const level = levelOrNull({ method: p.method as AssessmentMethod, inputs: JSON.parse(p.inputs_json) as AssessmentInputs }, bands);
    if (level === null) continue;
    if (level === p.computed_level) continue;
    const ids = changed.get(level) ?? [];
    ids.push(p.id);
    changed.set(level, ids);
  }
  let n = 0;
  for (const [level, ids] of changed) {
    await setComputedLevel(trx, ids, level, at);
    n += ids.length;
  }
  return n;
}

function levelOrNull(a: Assessment, bands: RiskBands): string | null {
  try {
    return assess(a, bands).level;
  } catch (e) {
    if (e instanceof AppError && e.kind === 'input') return null;
    throw e;
  }
}
