import { describe, expect, it } from 'vitest';
import { formatDistance, measurePath } from './measure';

describe('distance tool', () => {
  it('adds up the segments', () => {
    // One hundredth of a degree of latitude on the mean Earth radius (6,371,008.8 m, turf's):
    // 6371008.8 × π/180 × 0.01 = 1111.95 m; two such segments north → 2223.9 m.
    const m = measurePath([[113.6, 23.6], [113.6, 23.61], [113.6, 23.62]]);
    expect(m.segments).toHaveLength(2);
    expect(m.segments[0]).toBeCloseTo(1111.95, 1);
    expect(m.total).toBeCloseTo(2223.9, 0);
  });

  it('is zero for fewer than two points', () => {
    expect(measurePath([])).toEqual({ segments: [], total: 0 });
    expect(measurePath([[113.6, 23.6]])).toEqual({ segments: [], total: 0 });
  });

  it('shows metres below a kilometre and kilometres above', () => {
    const f = (n: number, d = 0) => n.toFixed(d);
    expect(formatDistance(850.4, f)).toBe('850 m');
    expect(formatDistance(1234.5, f)).toBe('1.23 km');
  });
});
