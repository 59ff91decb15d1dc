// GB 18218 identification of every unit the import wrote, done the way recomputeUnit does it — traceUnit on the
// unit's lines (through inventoryLineOf) and its population, stored through columnsOf — so a unit imported and a
// unit saved through the form carry identical results. A unit newly a major hazard gets its (not filed) register
// row; a unit that crossed S = 1 or changed grade is reported for the inbox.
import { isMajorHazardTrace, traceUnit } from '@hazgov/domain/major-hazards/identification-trace';
import type { IdentificationColumns } from '@hazgov/db/major-hazards/identification.repository';
import { inventoryLineOf } from '../../major-hazards/inventory-line.js';
import { columnsOf, type IdentificationSummary } from '../../major-hazards/recompute-unit.js';
import type { Crossing, Row, WritePlan } from './write-plan.js';

export type Identified = { registers: Row<'major_hazard_register'>[]; crossings: Crossing[] };
export type StoreColumns = (rows: { id: string; columns: IdentificationColumns }[]) => Promise<void>;

/** Units identified between two writes: the traces (≈ 2 KB of JSON each) are stored and dropped chunk by chunk. */
const CHUNK = 2000;

const summaryOf = (c: IdentificationColumns): IdentificationSummary => ({
  status: c.ident_status, S: c.s_exact, isMajorHazard: c.is_major_hazard === 1, R: c.r_exact, grade: c.grade,
});

export async function identifyUnits(plan: WritePlan, at: string, store: StoreColumns, onProgress?: (done: number) => void): Promise<Identified> {
  const out: Identified = { registers: [], crossings: [] };
  let pending: { id: string; columns: IdentificationColumns }[] = [];
  const counts = plan.result.identification;
  for (const [i, task] of plan.identify.entries()) {
    const trace = traceUnit({ lines: task.lines.map(inventoryLineOf), populationWithin500m: task.population });
    const columns = columnsOf(trace, at);
    pending.push({ id: task.unitId, columns });
    const after = summaryOf(columns);
    Object.assign(task.outcome, { status: trace.status, S: after.S, grade: after.grade });

    if (trace.status === 'graded') {
      counts.graded += 1;
      counts.byGrade[String(trace.grade) as '1'] += 1;
    } else if (trace.status === 'needs_population') counts.needsPopulation += 1;
    else if (trace.status === 'below_threshold') counts.belowThreshold += 1;
    else if (trace.status === 'incomplete') counts.incomplete += 1;
    else counts.empty += 1;

    if (isMajorHazardTrace(trace)) {
      plan.result.majorHazards += 1;
      if (!task.registered) {
        out.registers.push({
          unit_id: task.unitId, enterprise_id: task.enterpriseId, path: task.path, filing_status: 'not_filed', filing_number: null, filed_on: null,
          principal_name: null, principal_phone: null, technical_name: null, technical_phone: null, operations_name: null, operations_phone: null, updated_at: at,
        });
      }
    }
    const prior = task.prior;
    const crossed = (prior?.isMajorHazard ?? false) !== after.isMajorHazard;
    const regraded = after.isMajorHazard && after.grade !== null && prior?.grade !== after.grade;
    if (crossed || regraded) {
      out.crossings.push({ unitId: task.unitId, unitName: task.unitName, enterpriseName: task.enterpriseName, territoryId: task.territoryId, before: prior, after,
        sDisplay: 'S' in trace ? trace.S.display : null, rDisplay: trace.status === 'graded' ? trace.R.display : null,
      });
    }
    if (pending.length === CHUNK) {
      await store(pending); // also lets progress polls be answered between chunks (PostgreSQL)
      pending = [];
      onProgress?.(i + 1);
    }
  }
  await store(pending);
  plan.result.changedMajorHazards = out.crossings.length;
  return out;
}
