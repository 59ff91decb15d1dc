import { describe, expect, it } from 'vitest';
import { filtersToParams, readFilters } from './list-filters';

describe('hidden-danger list filters in the URL', () => {
  it('reads what it writes', () => {
    const f = { q: '液氯', status: 'rectifying' as const, severity: 'major' as const, territoryId: 't1', overdue: true, listed: true, sort: 'overdue' as const, page: 3, pageSize: 50 };
    expect(readFilters(filtersToParams(f))).toEqual({ ...f, enterpriseId: undefined });
  });
  it('drops unknown values and defaults', () => {
    const q = readFilters(new URLSearchParams('status=nonsense&severity=huge&overdue=yes&page=-4&pageSize=5000'));
    expect(q).toMatchObject({ status: undefined, severity: undefined, overdue: undefined, page: 1, pageSize: 100 });
    expect(filtersToParams({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
