import { describe, expect, it } from 'vitest';
import { flagsOf } from './line-flags.js';

describe('flagsOf', () => {
  it('gives one word per list and the restriction', () => {
    // 硝酸铵: on the 重点监管 and 特别管控 lists; not on the (complete) 易制爆 list; not found on the partial 剧毒 list → unknown.
    const f = flagsOf({ name: '硝酸铵', cas: '6484-52-2' }, [{ id: 'r1', chemicalName: '硝酸铵', cas: null, level: 'restricted', note: '限量' }]);
    expect(f).toMatchObject({ highlyToxic: 'unknown', keySupervised: 'listed', explosivePrecursor: 'not_listed', speciallyControlled: 'listed', drugPrecursor: 'unknown' });
    expect(f.restriction).toEqual({ level: 'restricted', entryId: 'r1', note: '限量' });
  });
  it('says not_listed only for a complete list', () => {
    const f = flagsOf({ name: '某物质' }, []);
    expect(f).toEqual({ highlyToxic: 'unknown', keySupervised: 'unknown', explosivePrecursor: 'not_listed', drugPrecursor: 'unknown', speciallyControlled: 'not_listed', restriction: null });
  });
  it('finds a highly toxic entry by CAS (氰化钾 151-50-8)', () => {
    expect(flagsOf({ name: 'x', cas: '151-50-8' }, []).highlyToxic).toBe('listed');
  });
});
