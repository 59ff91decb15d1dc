// Recomputes a unit's GB 18218 identification from its stored inventory, inside the caller's transaction (every
// inventory or population change calls this, so the stored result never lags the inventory). When the unit
// crosses S = 1 or changes grade, its territory and the district office are told, and a newly identified major
// hazard gets a register row (not filed yet). The change is audited with the before and after summary.
import { isMajorHazardTrace, traceUnit, type IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';
import type { Db } from '@hazgov/db/database';
import {
  ensureRegisterRow, identificationRecipients, loadUnitForIdentification, saveIdentification, type IdentificationColumns,
} from '@hazgov/db/major-hazards/identification.repository';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import { notify } from '../notifications/notify.js';
import type { AppContext } from '../shared/context.js';
import { inventoryLineOf } from './inventory-line.js';

export type IdentificationSummary = { status: string; S: string | null; isMajorHazard: boolean; R: string | null; grade: number | null };

const GRADE_ZH = ['', '一级', '二级', '三级', '四级'];

export function columnsOf(trace: IdentificationTrace, at: string): IdentificationColumns {
  const S = 'S' in trace ? trace.S : null;
  const graded = trace.status === 'graded' ? trace : null;
  return {
    ident_status: trace.status === 'graded' || trace.status === 'below_threshold' ? 'ok' : trace.status,
    s_exact: S?.exact ?? null,
    s_value: S?.value ?? null,
    is_major_hazard: isMajorHazardTrace(trace) ? 1 : 0,
    r_exact: graded?.R.exact ?? null,
    r_value: graded?.R.value ?? null,
    grade: graded?.grade ?? null,
    ident_json: JSON.stringify(trace),
    identified_at: at,
  };
}

const summaryOf = (c: Pick<IdentificationColumns, 'ident_status' | 's_exact' | 'is_major_hazard' | 'r_exact' | 'grade'>): IdentificationSummary => ({
  status: c.ident_status, S: c.s_exact, isMajorHazard: c.is_major_hazard === 1, R: c.r_exact, grade: c.grade,
});

export async function recomputeUnit(
  trx: Db,
  ctx: AppContext,
  opts: { unitId: string; actor: AuditActor },
): Promise<{ before: IdentificationSummary; after: IdentificationSummary; trace: IdentificationTrace }> {
  const loaded = await loadUnitForIdentification(trx, opts.unitId);
  if (!loaded) throw new Error(`recomputeUnit: no unit ${opts.unitId}`);
  const { unit, lines } = loaded;
  const at = ctx.now().toISOString();
  const trace = traceUnit({ lines: lines.map(inventoryLineOf), populationWithin500m: unit.population_500m });
  const columns = columnsOf(trace, at);
  const before = summaryOf(unit);
  const after = summaryOf(columns);
  await saveIdentification(trx, unit.id, columns);

  const changed = JSON.stringify(before) !== JSON.stringify(after);
  if (!changed) return { before, after, trace };
  await recordAudit(trx, {
    actor: opts.actor, action: 'major_hazard.identified', entity: 'enterprise_unit', entityId: unit.id, before, after, at, // the context's clock, like the rest
  });
  if (after.isMajorHazard) await ensureRegisterRow(trx, { unitId: unit.id, enterpriseId: unit.enterprise_id, path: unit.path, at });

  const crossed = before.isMajorHazard !== after.isMajorHazard;
  const regraded = after.isMajorHazard && before.grade !== after.grade && after.grade !== null;
  if (crossed || regraded) {
    const what = !after.isMajorHazard
      ? '已低于重大危险源临界量（S < 1）'
      : after.grade !== null ? `构成${GRADE_ZH[after.grade]}重大危险源（R = ${trace.status === 'graded' ? trace.R.display : '?'}）` : '构成重大危险源（S ≥ 1），待填写周边 500 米人数以分级';
    const recipients = await identificationRecipients(trx, unit.territory_id);
    await notify(trx, recipients.map((r) => ({
      organisationId: r.id, path: r.path, kind: 'major_hazard_change',
      title: `${unit.enterprise_name}「${unit.name}」${what}`,
      body: `依据 GB 18218-2018 重新辨识：S = ${'S' in trace ? trace.S.display : '—'}。`,
      link: `/major-hazards/${encodeURIComponent(unit.id)}`,
      dedupeKey: `mh:${unit.id}:${r.id}:${at}:${after.isMajorHazard ? after.grade ?? 'ungraded' : 'below'}`,
    })), at);
  }
  return { before, after, trace };
}
