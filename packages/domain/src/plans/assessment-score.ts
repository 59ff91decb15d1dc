// The yearly assessment (考核) of a unit's governance work: a weighted score 0–100 from configurable criteria,
// each fed as "achieved out of expected" counts (e.g. 9 of 10 quarterly reports on time). A criterion with nothing
// expected of the unit that year does not apply: it is left out and the other weights share its part, so a unit
// is neither rewarded nor punished for work it did not owe. Fractional counts are allowed (a caller may give a
// late report half credit).

export type AssessmentCriterion = { key: string; weight: number; label?: string };
export type CriterionCount = { achieved: number; expected: number };

export const defaultAssessmentCriteria: readonly AssessmentCriterion[] = [
  { key: 'on_time_reports', label: '按时报送季度工作进展', weight: 60 },
  { key: 'milestones_met', label: '按期完成任务节点', weight: 30 },
  { key: 'contact_return', label: '按时报送报名回执', weight: 10 },
];

/** ratio = achieved / expected; points = this criterion's share of the 100-point score (null when not applicable). */
export type CriterionScore = {
  key: string;
  weight: number;
  achieved: number;
  expected: number;
  applicable: boolean;
  ratio: number | null;
  points: number | null;
};

export const assessmentProblemCodes = ['no_criteria', 'bad_weight', 'duplicate_key', 'missing_input', 'bad_count'] as const;
export type AssessmentProblem = { code: (typeof assessmentProblemCodes)[number]; key?: string };

/** score is rounded to one decimal, points to two; score is null when no criterion applies. */
export type AssessmentScore =
  | { ok: true; score: number | null; breakdown: CriterionScore[] }
  | { ok: false; problems: AssessmentProblem[] };

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
};

export function computeAssessmentScore(
  criteria: readonly AssessmentCriterion[],
  inputs: Readonly<Record<string, CriterionCount>>,
): AssessmentScore {
  const problems: AssessmentProblem[] = [];
  if (criteria.length === 0) problems.push({ code: 'no_criteria' });
  const seen = new Set<string>();
  for (const c of criteria) {
    if (seen.has(c.key)) problems.push({ code: 'duplicate_key', key: c.key });
    seen.add(c.key);
    if (!Number.isFinite(c.weight) || c.weight <= 0) problems.push({ code: 'bad_weight', key: c.key });
    const input = Object.hasOwn(inputs, c.key) ? inputs[c.key] : undefined;
    if (!input) problems.push({ code: 'missing_input', key: c.key });
    else if (![input.achieved, input.expected].every((n) => Number.isFinite(n) && n >= 0) || input.achieved > input.expected) {
      problems.push({ code: 'bad_count', key: c.key });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const counted = criteria.map((c) => ({ c, input: inputs[c.key] as CriterionCount }));
  const applicableWeight = counted.reduce((sum, { c, input }) => sum + (input.expected > 0 ? c.weight : 0), 0);
  let total = 0;
  const breakdown = counted.map(({ c, input }): CriterionScore => {
    const applicable = input.expected > 0;
    const ratio = applicable ? input.achieved / input.expected : null;
    const points = ratio === null ? null : (100 * c.weight * ratio) / applicableWeight;
    total += points ?? 0;
    return { key: c.key, weight: c.weight, achieved: input.achieved, expected: input.expected, applicable, ratio, points: points === null ? null : round(points, 2) };
  });
  return { ok: true, score: applicableWeight > 0 ? round(total, 1) : null, breakdown };
}
