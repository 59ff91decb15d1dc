import { describe, expect, it } from 'vitest';
import { changes, short } from './diff';

describe('record changes', () => {
  it('lists changed top-level fields, ignoring bookkeeping', () => {
    expect(changes({ name: 'A', staffCount: 10, version: 1, activities: ['storage'] }, { name: 'A', staffCount: 12, version: 2, activities: ['storage', 'trade'] }))
      .toEqual([{ key: 'staffCount', before: '10', after: '12' }, { key: 'activities', before: 'storage', after: 'storage、trade' }]);
    expect(changes(null, { name: 'B' })).toEqual([{ key: 'name', before: '—', after: 'B' }]);
  });
  it('shortens long values', () => {
    expect(short('x'.repeat(100), 5)).toBe('xxxxx…');
    expect(short({ a: 1 })).toBe('{"a":1}');
  });
});
