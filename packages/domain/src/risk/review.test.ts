import { describe, expect, it } from 'vitest';
import { isReviewLate, nextReviewOn } from './review.js';

describe('review dates', () => {
  it('next review = last review (or the day recorded) + interval', () => {
    expect(nextReviewOn('2026-01-01', '2025-06-01', 90)).toBe('2026-04-01'); // 31 (Jan) + 28 (Feb) + 31 (Mar) = 90
    expect(nextReviewOn(null, '2026-03-02', 90)).toBe('2026-05-31'); // never reviewed: 29 + 30 + 31
    expect(nextReviewOn('2024-02-28', '2024-01-01', 1)).toBe('2024-02-29'); // leap year
    expect(nextReviewOn('2026-01-01', '2026-01-01', 1095)).toBe('2028-12-31'); // 365 + 365 + 365 (2028 is a leap year, so not 01-01)
  });
  it('late only once today is past the due day', () => {
    expect(isReviewLate('2026-05-31', '2026-05-31')).toBe(false);
    expect(isReviewLate('2026-05-31', '2026-06-01')).toBe(true);
    expect(isReviewLate('2026-05-31', '2026-05-01')).toBe(false);
  });
});
