import { describe, expect, it } from 'vitest';
import { chemicalFlags, chemicalListInfo, splitListedNames, type ChemicalFlags } from './chemical-flags.js';

const statuses = (f: ChemicalFlags) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.status]));

describe('chemicalFlags', () => {
  it('flags 氯 by CAS on the lists that have it', () => {
    const f = chemicalFlags({ cas: '7782-50-5' });
    expect(statuses(f)).toEqual({
      highlyToxic: 'unknown', // only 6 of 148 剧毒 entries are known: absence proves nothing
      keySupervised: 'listed',
      explosivePrecursor: 'not_listed', // complete list, not on it
      drugPrecursor: 'unknown', // no data yet
      speciallyControlled: 'listed',
    });
    expect(f.keySupervised).toEqual({ status: 'listed', entries: [{ ref: '1-1', name: '氯', cas: '7782-50-5', matchedBy: 'cas' }] });
  });

  it('matches by name and alias', () => {
    expect(chemicalFlags({ name: '光气' }).highlyToxic).toEqual({ status: 'unknown' }); // alias, but 剧毒 list holds 碳酰氯 by name only
    expect(chemicalFlags({ name: '碳酰氯' }).highlyToxic).toMatchObject({ status: 'listed', entries: [{ name: '碳酰氯', matchedBy: 'name' }] });
    expect(chemicalFlags({ name: '山奈' }).speciallyControlled).toMatchObject({ status: 'listed', entries: [{ name: '氰化钠' }] });
    expect(chemicalFlags({ name: '天然气' }).keySupervised).toMatchObject({ status: 'listed', entries: [{ ref: '1-5', name: '甲烷、天然气' }] });
    expect(chemicalFlags({ name: '苯' }).keySupervised).toMatchObject({ status: 'listed', entries: [{ name: '苯(含粗苯)' }] });
  });

  it('lists every grade on a list that shares a CAS', () => {
    const f = chemicalFlags({ cas: '7601-90-3' }); // 高氯酸, three concentration rows
    expect(f.explosivePrecursor.status === 'listed' && f.explosivePrecursor.entries.map((e) => e.name)).toEqual([
      '高氯酸[浓度＞72%]',
      '高氯酸[浓度50%～72%]',
      '高氯酸[浓度≤50%]',
    ]);
  });

  it('keeps per-list CAS: key supervised 汽油 is 8006-61-9, GB 18218 uses 86290-81-5', () => {
    expect(chemicalFlags({ cas: '86290-81-5' }).keySupervised).toEqual({ status: 'unknown' });
    expect(chemicalFlags({ cas: '86290-81-5', name: '汽油' }).keySupervised).toMatchObject({ status: 'listed', entries: [{ matchedBy: 'name' }] });
    expect(chemicalFlags({ cas: '86290-81-5' }).speciallyControlled).toMatchObject({ status: 'listed', entries: [{ matchedBy: 'cas' }] });
  });

  it('says a CAS match is by CAS, since it can be wider than the item (natural gas vs LNG)', () => {
    expect(chemicalFlags({ cas: '8006-14-2' }).speciallyControlled).toEqual({
      status: 'listed',
      entries: [{ ref: '12', name: '液化天然气', cas: '8006-14-2', matchedBy: 'cas' }],
    });
  });

  it('ignores an invalid CAS and an empty name', () => {
    expect(statuses(chemicalFlags({ cas: '7782-50-4', name: ' ' }))).toEqual({
      highlyToxic: 'unknown',
      keySupervised: 'unknown',
      explosivePrecursor: 'not_listed',
      drugPrecursor: 'unknown',
      speciallyControlled: 'not_listed',
    });
  });
});

describe('chemicalListInfo', () => {
  it('states which lists are complete', () => {
    expect(chemicalListInfo('highlyToxic')).toMatchObject({ complete: false, entryCount: 6, officialCount: 148 });
    expect(chemicalListInfo('keySupervised')).toMatchObject({ complete: false, entryCount: 62 });
    expect(chemicalListInfo('explosivePrecursor')).toMatchObject({ complete: true, entryCount: 91, officialCount: 74 });
    expect(chemicalListInfo('speciallyControlled')).toMatchObject({ complete: true, entryCount: 20, officialCount: 20 });
    expect(chemicalListInfo('drugPrecursor')).toMatchObject({ complete: false, entryCount: 0 });
  });
});

describe('splitListedNames', () => {
  it('splits at 、 outside brackets only', () => {
    expect(splitListedNames('甲烷、天然气')).toEqual(['甲烷', '天然气']);
    expect(splitListedNames('汽油(含甲醇汽油、乙醇汽油)、石脑油')).toEqual(['汽油(含甲醇汽油、乙醇汽油)', '石脑油']);
    expect(splitListedNames('1,3-丁二烯')).toEqual(['1,3-丁二烯']);
  });
});
