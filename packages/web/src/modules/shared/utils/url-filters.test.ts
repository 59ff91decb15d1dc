import { describe, expect, it } from 'vitest';
import { oneOf, readPaging, writePaging } from './url-filters';

describe('URL filters', () => {
  it('keeps a value only if the vocabulary knows it', () => {
    const kinds = ['a', 'b'] as const;
    expect(oneOf(kinds, 'a')).toBe('a');
    expect(oneOf(kinds, 'c')).toBeUndefined();
    expect(oneOf(kinds, '')).toBeUndefined();
    expect(oneOf(kinds, null)).toBeUndefined();
  });
  it('reads paging with its bounds and writes it without the defaults', () => {
    expect(readPaging(new URLSearchParams('page=-4&pageSize=5000'))).toEqual({ page: 1, pageSize: 100 });
    expect(readPaging(new URLSearchParams('pageSize=3'))).toEqual({ page: 1, pageSize: 10 });
    expect(readPaging(new URLSearchParams(''))).toEqual({ page: 1, pageSize: 20 });
    expect(writePaging(new URLSearchParams(), { page: 1, pageSize: 20 }).toString()).toBe('');
    expect(writePaging(new URLSearchParams(), { page: 3, pageSize: 50 }).toString()).toBe('page=3&pageSize=50');
  });
});
