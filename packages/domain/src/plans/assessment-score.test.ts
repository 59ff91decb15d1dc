import { describe, expect, it } from 'vitest';
import { computeAssessmentScore, defaultAssessmentCriteria } from './assessment-score.js';

const inputs = (reports: [number, number], milestones: [number, number], contact: [number, number]) => ({
  on_time_reports: { achieved: reports[0], expected: reports[1] },
  milestones_met: { achieved: milestones[0], expected: milestones[1] },
  contact_return: { achieved: contact[0], expected: contact[1] },
});

describe('computeAssessmentScore with the default 60/30/10 criteria', () => {
  it.each([
    // reports, milestones, contact → score   (hand calculation)
    [[10, 10], [4, 4], [1, 1], 100], // 60 + 30 + 10
    [[9, 10], [3, 4], [1, 1], 86.5], // 60×0.9 = 54; 30×0.75 = 22.5; 10×1 = 10 → 86.5
    [[9, 10], [3, 4], [0, 1], 76.5], // 54 + 22.5 + 0
    [[0, 10], [0, 4], [0, 1], 0],
    [[2, 3], [1, 3], [1, 1], 60], // 60×2/3 = 40; 30×1/3 = 10; 10 → 60
    [[7.5, 10], [4, 4], [1, 1], 85], // late reports at half credit: 6 on time + 3 late × 0.5 = 7.5 → 45 + 30 + 10
  ] as const)('reports %j, milestones %j, contact %j → %d', (r, m, c, score) => {
    const result = computeAssessmentScore(defaultAssessmentCriteria, inputs([...r], [...m], [...c]));
    expect(result.ok && result.score).toBe(score);
  });

  it('gives a per-criterion breakdown whose points add up to the score', () => {
    const result = computeAssessmentScore(defaultAssessmentCriteria, inputs([9, 10], [3, 4], [1, 1]));
    expect(result).toEqual({
      ok: true,
      score: 86.5,
      breakdown: [
        { key: 'on_time_reports', weight: 60, achieved: 9, expected: 10, applicable: true, ratio: 0.9, points: 54 },
        { key: 'milestones_met', weight: 30, achieved: 3, expected: 4, applicable: true, ratio: 0.75, points: 22.5 },
        { key: 'contact_return', weight: 10, achieved: 1, expected: 1, applicable: true, ratio: 1, points: 10 },
      ],
    });
  });

  it('leaves out a criterion with nothing expected and shares its weight', () => {
    // No milestone fell due this year: weights 60 + 10 = 70 apply.
    // reports 60×0.9 = 54, contact 10×1 = 10 → 64 of 70 → 64/70×100 = 91.428… → 91.4
    const result = computeAssessmentScore(defaultAssessmentCriteria, inputs([9, 10], [0, 0], [1, 1]));
    expect(result.ok && result.score).toBe(91.4);
    expect(result.ok && result.breakdown.map((b) => b.points)).toEqual([77.14, null, 14.29]); // 54/70×100, n/a, 10/70×100
  });

  it('has no score when nothing was expected at all', () => {
    expect(computeAssessmentScore(defaultAssessmentCriteria, inputs([0, 0], [0, 0], [0, 0]))).toMatchObject({ ok: true, score: null });
  });
});

describe('computeAssessmentScore with other criteria', () => {
  it('normalises weights that do not add up to 100', () => {
    // (3×1/2 + 1×1) / (3 + 1) × 100 = 2.5/4 × 100 = 62.5
    const result = computeAssessmentScore(
      [{ key: 'a', weight: 3 }, { key: 'b', weight: 1 }],
      { a: { achieved: 1, expected: 2 }, b: { achieved: 1, expected: 1 } },
    );
    expect(result.ok && result.score).toBe(62.5);
  });

  it.each([
    [[], {}, [{ code: 'no_criteria' }]],
    [[{ key: 'a', weight: 0 }], { a: { achieved: 0, expected: 1 } }, [{ code: 'bad_weight', key: 'a' }]],
    [[{ key: 'a', weight: 1 }, { key: 'a', weight: 1 }], { a: { achieved: 0, expected: 1 } }, [{ code: 'duplicate_key', key: 'a' }]],
    [[{ key: 'a', weight: 1 }], {}, [{ code: 'missing_input', key: 'a' }]],
    [[{ key: 'a', weight: 1 }], { a: { achieved: 2, expected: 1 } }, [{ code: 'bad_count', key: 'a' }]], // more achieved than expected
    [[{ key: 'a', weight: 1 }], { a: { achieved: -1, expected: 1 } }, [{ code: 'bad_count', key: 'a' }]],
  ])('refuses bad configuration or counts: %j %j', (criteria, given, problems) => {
    expect(computeAssessmentScore(criteria, given)).toEqual({ ok: false, problems });
  });
});
