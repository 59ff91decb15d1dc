// Each unit of a read sheet through the domain's traceUnit (the standard is computed there and only there), and the
// result in the shape `hazgov identify --json` prints: the contract's { unit, S, isMajorHazard, R, grade, lines }
// plus the status, the problems (named by spreadsheet row) and the full trace the API would store for the unit.
import { identifyUnit } from '@hazgov/domain/major-hazards/identify-unit';
import { isMajorHazardTrace, traceNumber, traceUnit, type IdentificationTrace, type TraceBetaSource, type TraceThresholdSource } from '@hazgov/domain/major-hazards/identification-trace';
import type { MajorHazardGrade } from '@hazgov/domain/major-hazards/gb18218-tables';
import type { SheetUnit } from '@hazgov/domain/major-hazards/inventory-sheet';
import { exactDecimal, exactOrNull } from './exact-decimal.js';

export type LineResult = {
  row: number;
  chemical: string;
  cas: string | null;
  /** The name the standard's tables matched. */
  name: string;
  q: string;
  /** null while the line's threshold is undecided. */
  Q: string | null;
  thresholdSource: TraceThresholdSource | null;
  ratio: string | null;
  beta: string | null;
  betaSource: TraceBetaSource | null;
  contribution: string | null;
};
/** code: a problem code of the domain (threshold.ts, beta.ts) or 'needs_population'. */
export type UnitProblem = { row: number | null; problem: string; detail: string[] };
export type UnitResult = {
  unit: string;
  status: IdentificationTrace['status'];
  /** Known in every status but an incomplete identification (a unit whose only missing piece is a β still has S). */
  S: string | null;
  /** null while S cannot be decided. */
  isMajorHazard: boolean | null;
  R: string | null;
  grade: MajorHazardGrade | null;
  gradeLabel: string | null;
  exposedPeople: number | null;
  lines: LineResult[];
  problems: UnitProblem[];
  trace: IdentificationTrace;
};

export function identifyUnits(units: readonly SheetUnit[]): UnitResult[] {
  return units.map((unit) => {
    const trace = traceUnit({ lines: unit.lines.map((l) => l.line), populationWithin500m: unit.exposedPeople });
    const counted = new Map((trace.status === 'empty' ? [] : trace.lines).map((l) => [l.index, l] as const));
    const lines = unit.lines.map((sheetLine, index): LineResult => {
      const t = counted.get(index);
      return {
        row: sheetLine.row,
        chemical: sheetLine.chemical,
        cas: sheetLine.cas,
        name: t?.name ?? sheetLine.line.substance.name,
        q: t ? exactDecimal(t.q) : String(sheetLine.line.quantity.value),
        Q: exactOrNull(t?.Q),
        thresholdSource: t?.thresholdSource ?? null,
        ratio: exactOrNull(t?.ratio),
        beta: exactOrNull(t?.beta),
        betaSource: t?.betaSource ?? null,
        contribution: exactOrNull(t?.contribution),
      };
    });
    const problems: UnitProblem[] =
      trace.status === 'incomplete'
        ? trace.problems.map((p) => ({ row: p.index === null ? null : (unit.lines[p.index]?.row ?? null), problem: p.problem, detail: p.detail }))
        : trace.status === 'needs_population'
          ? [{ row: null, problem: 'needs_population', detail: [] }]
          : [];
    const graded = trace.status === 'graded' ? trace : null;
    // The trace of a major hazard whose grading is stuck (a β undecided) drops S; identification alone still has it.
    const identified = trace.status === 'incomplete' ? identifyUnit({ lines: unit.lines.map((l) => l.line) }) : null;
    const S = 'S' in trace ? trace.S : identified?.ok ? traceNumber(identified.S) : null;
    return {
      unit: unit.unit,
      status: trace.status,
      S: S ? exactDecimal(S) : null,
      isMajorHazard: identified ? (identified.ok ? identified.isMajorHazard : null) : isMajorHazardTrace(trace),
      R: graded ? exactDecimal(graded.R) : null,
      grade: graded?.grade ?? null,
      gradeLabel: graded?.gradeLabel ?? null,
      exposedPeople: unit.exposedPeople,
      lines,
      problems,
      trace,
    };
  });
}

/** A unit is decided when its S is known and, for a major hazard, its grade too. */
export const isDecided = (u: UnitResult): boolean => u.status === 'graded' || u.status === 'below_threshold' || u.status === 'empty';
