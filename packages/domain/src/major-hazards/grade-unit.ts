// Grading of a major hazard installation, GB 18218-2018 clause 4.3: R = α (β₁q₁/Q₁ + … + βₙqₙ/Qₙ), then the grade
// from Table 6. Only a unit identified as a major hazard (S ≥ 1) is graded. Exact arithmetic throughout, so R on
// a band edge (10, 50, 100) gets the grade the standard gives it. Every line shows q, Q and its source, β and its
// source and βq/Q; α shows the population and its Table 5 band, so the whole calculation can be shown.
import { alphaFor } from './alpha.js';
import { betaFor, type BetaLookup, type BetaSource } from './beta.js';
import type { MajorHazardGrade, Table5Band } from './gb18218-tables.js';
import { gradeForR } from './grade-for-r.js';
import { identifyUnit, type IdentificationLine, type IdentificationProblem, type InventoryLine } from './identify-unit.js';
import { mul, sum, type Rational } from './rational.js';

export type GradingLine = IdentificationLine & {
  beta: Rational;
  betaSource: BetaSource;
  /** β × q / Q. */
  contribution: Rational;
};

type WithoutOk<T> = T extends unknown ? Omit<T, 'ok'> : never;
export type GradingProblem =
  | IdentificationProblem
  | ({ index: number } & WithoutOk<Extract<BetaLookup, { ok: false }>>)
  | { index: null; problem: 'bad_population' };

export type UnitGrading =
  | { ok: true; isMajorHazard: false; S: Rational; lines: IdentificationLine[] }
  | {
      ok: true;
      isMajorHazard: true;
      S: Rational;
      lines: GradingLine[];
      /** Σ βq/Q, before α. */
      sumOfContributions: Rational;
      alpha: { value: Rational; population: number; band: Table5Band };
      R: Rational;
      grade: MajorHazardGrade;
      /** '一级' … '四级' and the Table 6 expression it satisfies, e.g. '50>R≥10'. */
      gradeLabel: string;
      gradeExpression: string;
    }
  | { ok: false; problems: GradingProblem[] };

export function gradeUnit({
  lines,
  populationWithin500m,
}: {
  lines: readonly InventoryLine[];
  /** Residents within 500 m of the plant boundary (clause 4.3.4). */
  populationWithin500m: number;
}): UnitGrading {
  const alpha = alphaFor(populationWithin500m);
  const identification = identifyUnit({ lines });
  if (!identification.ok || !alpha.ok) {
    const problems: GradingProblem[] = identification.ok ? [] : [...identification.problems];
    if (!alpha.ok) problems.push({ index: null, problem: 'bad_population' });
    return { ok: false, problems };
  }
  if (!identification.isMajorHazard) return { ok: true, isMajorHazard: false, S: identification.S, lines: identification.lines };

  const problems: GradingProblem[] = [];
  const graded: GradingLine[] = [];
  for (const line of identification.lines) {
    const beta = betaFor(line.substance, line.source.table === 1 ? line.source.row : null);
    if (!beta.ok) {
      const { ok: _ok, ...problem } = beta;
      problems.push({ index: line.index, ...problem });
      continue;
    }
    graded.push({ ...line, beta: beta.beta, betaSource: beta.source, contribution: mul(beta.beta, line.ratio) });
  }
  if (problems.length > 0) return { ok: false, problems };

  const sumOfContributions = sum(graded.map((line) => line.contribution));
  const R = mul(alpha.alpha, sumOfContributions);
  const band = gradeForR(R);
  return {
    ok: true,
    isMajorHazard: true,
    S: identification.S,
    lines: graded,
    sumOfContributions,
    alpha: { value: alpha.alpha, population: alpha.population, band: alpha.band },
    R,
    grade: band.grade,
    gradeLabel: band.label,
    gradeExpression: band.expression,
  };
}

