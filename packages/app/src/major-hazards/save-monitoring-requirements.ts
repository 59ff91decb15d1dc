// The district admin replaces the monitoring requirements of every grade (audited, before and after).
import { replaceMonitoringRequirements } from '@hazgov/db/major-hazards/monitoring-requirements.repository';
import { majorHazardGrades } from '@hazgov/domain/major-hazards/gb18218-tables';
import type { GradeRequirements } from '@hazgov/domain/major-hazards/monitoring-requirements';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { getMonitoringRequirements, type MonitoringRequirements } from './get-monitoring-requirements.js';

export async function saveMonitoringRequirements(ctx: AppContext, opts: { actor: Actor; items: readonly GradeRequirements[] }): Promise<MonitoringRequirements> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const grades = opts.items.map((i) => i.grade);
  const missing = majorHazardGrades.filter((g) => !grades.includes(g));
  if (missing.length > 0 || new Set(grades).size !== grades.length) {
    throw invalid('MONITORING_GRADES_INCOMPLETE', [{ field: 'items', code: 'MONITORING_GRADES_INCOMPLETE', params: { grades: missing.join(', ') || '—' } }]);
  }
  const details = opts.items.flatMap((item, i) => item.requirements.flatMap((r, j) =>
    r.zh.trim() === '' ? [{ row: j + 1, field: `items.${i}.requirements.${j}.zh`, code: 'MONITORING_REQUIREMENT_EMPTY', params: { grade: item.grade } }] : []));
  if (details.length > 0) throw invalid('MONITORING_REQUIREMENT_EMPTY', details);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const before = await getMonitoringRequirements(trx);
    await replaceMonitoringRequirements(trx, opts.items.map((item) => ({
      grade: item.grade,
      requirements_json: JSON.stringify(item.requirements.map((r) => ({
        zh: r.zh.trim(), en: r.en.trim(), ...(r.basis ? { basis: r.basis } : {}), ...(r.suggestion ? { suggestion: true } : {}),
      }))),
      updated_at: at,
      updated_by: opts.actor.userId,
    })));
    const after = await getMonitoringRequirements(trx);
    await recordAudit(trx, { actor: opts.actor, action: 'monitoring_requirements.saved', entity: 'monitoring_requirements', entityId: 'all', before: before.items, after: after.items, at });
    return after;
  });
}
