import { describe, expect, it } from 'vitest';
import { filtersFromParams, hasFilters, withFilters } from './list-filters';

describe('enterprise list filters in the URL', () => {
  it('keeps only the values the API accepts', () => {
    const f = filtersFromParams(new URLSearchParams('q=%20液氯%20&activity=storage&status=gone&grade=5&licenceExpiringWithinDays=30&restricted=1&page=2&pageSize=7'));
    expect(f).toEqual({ q: '液氯', activity: 'storage', licenceExpiringWithinDays: 30, restricted: 1, page: 2, pageSize: 20 });
    expect(hasFilters(f)).toBe(true);
    expect(hasFilters(filtersFromParams(new URLSearchParams('page=3')))).toBe(false);
  });

  it('goes back to page 1 when a filter changes, not when the page does', () => {
    const p = new URLSearchParams('page=4&grade=1');
    expect(withFilters(p, { grade: 2 }).toString()).toBe('grade=2');
    expect(withFilters(p, { page: 5 }).toString()).toBe('page=5&grade=1');
    expect(withFilters(p, { grade: undefined }).toString()).toBe('');
    expect(withFilters(p, { grade: undefined, majorHazard: 1 }).toString()).toBe('majorHazard=1');
  });
});
