import { describe, expect, it } from 'vitest';
import { filtersToParams, readFilters } from './list-filters';

describe('risk list filters in the URL', () => {
  it('reads levels (dropping unknown ones, red first), flags and paging', () => {
    const f = readFilters(new URLSearchParams('level=yellow,purple,red&status=attention&kind=unit&reviewLate=1&page=3&pageSize=50&q=%20罐区%20'));
    expect(f).toMatchObject({ level: ['red', 'yellow'], status: 'attention', kind: 'unit', reviewLate: true, page: 3, pageSize: 50, q: '罐区' });
    expect(f.publicOnly).toBeUndefined();
  });

  it('ignores values off the vocabulary and clamps paging', () => {
    const f = readFilters(new URLSearchParams('status=fine&kind=shop&page=-2&pageSize=1000&level='));
    expect(f).toMatchObject({ status: undefined, kind: undefined, page: 1, pageSize: 100, level: undefined });
  });

  it('writes back only what is set, and reads back the same', () => {
    const p = filtersToParams({ level: ['orange', 'red'], publicOnly: true, page: 1, pageSize: 20, territoryId: 't1' });
    expect(p.toString()).toBe('level=red%2Corange&territoryId=t1&publicOnly=1');
    expect(readFilters(p)).toMatchObject({ level: ['red', 'orange'], publicOnly: true, territoryId: 't1', page: 1, pageSize: 20 });
  });
});
