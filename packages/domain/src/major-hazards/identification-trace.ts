// The GB 18218 identification of one unit as plain JSON: what is stored on the unit (enterprise_units.ident_json),
// returned by the API, printed by `hazgov identify --json` and drawn line by line in the web page and the PDF.
// Every number travels three ways: the exact fraction (for re-checking), the decimal people read (truncated,
// never rounded across an edge — see formatRational) and an approximate number for sorting and charts only.
// A unit identified as a major hazard whose population within 500 m is not known yet keeps S and stays ungraded
// (status 'needs_population') rather than being graded with a guessed α.
import { gradeUnit, type GradingProblem } from './grade-unit.js';
import { identifyUnit, type IdentificationLine, type InventoryLine } from './identify-unit.js';
import type { MajorHazardGrade } from './gb18218-tables.js';
import { formatRational, toFractionString, toNumber, type Rational } from './rational.js';
import type { BetaSource } from './beta.js';
import type { ThresholdSource } from './threshold.js';

export type TraceNumber = { exact: string; display: string; value: number };

export type TraceThresholdSource =
  | { table: 1; serial: number; rowName: string; matchedBy: 'serial' | 'name' }
  | { table: 2; symbol: string; category: string; considered: { symbol: string; thresholdTonnes: string }[] };

export type TraceBetaSource =
  | { table: 3; rowName: string }
  | { table: 4; symbol: string; category: string; chosenBy: 'only_value' | 'beta_symbol' };

export type TraceLine = {
  /** Position of the line in the unit's inventory (0-based). */
  index: number;
  name: string;
  q: TraceNumber;
  Q: TraceNumber;
  thresholdSource: TraceThresholdSource;
  ratio: TraceNumber;
  beta: TraceNumber | null;
  betaSource: TraceBetaSource | null;
  /** β × q / Q. */
  contribution: TraceNumber | null;
};

/** A line that cannot be counted: problem is a code of threshold.ts, beta.ts or quantity.ts; detail names candidates. */
export type TraceProblem = { index: number | null; problem: string; detail: string[] };

export type IdentificationTrace =
  | { status: 'empty'; standard: 'GB 18218-2018' }
  | { status: 'incomplete'; standard: 'GB 18218-2018'; problems: TraceProblem[]; lines: TraceLine[] }
  | { status: 'below_threshold'; standard: 'GB 18218-2018'; S: TraceNumber; lines: TraceLine[] }
  | { status: 'needs_population'; standard: 'GB 18218-2018'; S: TraceNumber; lines: TraceLine[] }
  | {
      status: 'graded';
      standard: 'GB 18218-2018';
      S: TraceNumber;
      lines: TraceLine[];
      sumOfContributions: TraceNumber;
      alpha: { value: TraceNumber; population: number; band: string };
      R: TraceNumber;
      grade: MajorHazardGrade;
      gradeLabel: string;
      gradeExpression: string;
    };

export const traceNumber = (r: Rational): TraceNumber => ({ exact: toFractionString(r), display: formatRational(r), value: toNumber(r) });

function thresholdSourceOf(source: ThresholdSource): TraceThresholdSource {
  if (source.table === 1) return { table: 1, serial: source.row.serial, rowName: source.row.name, matchedBy: source.matchedBy };
  return {
    table: 2,
    symbol: source.symbol,
    category: source.row.category,
    considered: source.considered.map((c) => ({ symbol: c.symbol, thresholdTonnes: formatRational(c.thresholdTonnes) })),
  };
}

function betaSourceOf(source: BetaSource): TraceBetaSource {
  if (source.table === 3) return { table: 3, rowName: source.row.name };
  return { table: 4, symbol: source.row.symbol, category: source.row.category, chosenBy: source.chosenBy };
}

function baseLine(line: IdentificationLine): TraceLine {
  return {
    index: line.index,
    name: line.substance.name,
    q: traceNumber(line.q),
    Q: traceNumber(line.Q),
    thresholdSource: thresholdSourceOf(line.source),
    ratio: traceNumber(line.ratio),
    beta: null,
    betaSource: null,
    contribution: null,
  };
}

function problemOf(p: GradingProblem): TraceProblem {
  const detail: string[] = [];
  if ('candidates' in p) for (const c of p.candidates) detail.push('serial' in c ? `${c.serial} ${c.name}` : `${c.symbol}`);
  if ('symbols' in p) detail.push(...p.symbols);
  if ('symbol' in p) detail.push(p.symbol);
  if ('serial' in p) detail.push(String(p.serial));
  return { index: p.index, problem: p.problem, detail };
}

/** populationWithin500m: null when not known yet. */
export function traceUnit({
  lines,
  populationWithin500m,
}: {
  lines: readonly InventoryLine[];
  populationWithin500m: number | null;
}): IdentificationTrace {
  const standard = 'GB 18218-2018' as const;
  if (lines.length === 0) return { status: 'empty', standard };
  const identification = identifyUnit({ lines });
  if (!identification.ok) {
    return { status: 'incomplete', standard, problems: identification.problems.map(problemOf), lines: identification.lines.map(baseLine) };
  }
  const S = traceNumber(identification.S);
  if (!identification.isMajorHazard) return { status: 'below_threshold', standard, S, lines: identification.lines.map(baseLine) };
  if (populationWithin500m === null) return { status: 'needs_population', standard, S, lines: identification.lines.map(baseLine) };

  const grading = gradeUnit({ lines, populationWithin500m });
  if (!grading.ok) {
    return { status: 'incomplete', standard, problems: grading.problems.map(problemOf), lines: identification.lines.map(baseLine) };
  }
  if (!grading.isMajorHazard) throw new Error('identification and grading disagree on S'); // same lines: cannot happen
  return {
    status: 'graded',
    standard,
    S,
    lines: grading.lines.map((line) => ({
      ...baseLine(line),
      beta: traceNumber(line.beta),
      betaSource: betaSourceOf(line.betaSource),
      contribution: traceNumber(line.contribution),
    })),
    sumOfContributions: traceNumber(grading.sumOfContributions),
    alpha: { value: traceNumber(grading.alpha.value), population: grading.alpha.population, band: grading.alpha.band.label },
    R: traceNumber(grading.R),
    grade: grading.grade,
    gradeLabel: grading.gradeLabel,
    gradeExpression: grading.gradeExpression,
  };
}

/** S ≥ 1 decided, whatever the grading state. */
export const isMajorHazardTrace = (t: IdentificationTrace): boolean => t.status === 'graded' || t.status === 'needs_population';
