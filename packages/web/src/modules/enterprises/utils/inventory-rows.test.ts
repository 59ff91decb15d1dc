import { describe, expect, it } from 'vitest';
import type { ChemicalHit, Flags } from '../api/enterprises.types';
import { applyHit, emptyRow, isDecimal, linesOf, resolveTyped, sentIndexMap } from './inventory-rows';

const flags: Flags = { highlyToxic: 'unknown', keySupervised: 'listed', explosivePrecursor: 'not_listed', drugPrecursor: 'not_listed', speciallyControlled: 'not_listed', restriction: null };
const hit = (serial: number | null, name: string, aliases: string[], Q: string | null, matchedOn = 'exact_name', source: ChemicalHit['source'] = 'gb18218_table1'): ChemicalHit => ({
  source, table1Serial: serial, catalogEntryId: serial ? null : 'c1', name, aliases, cas: ['9004-70-0'], thresholdTonnes: Q, hazardSymbols: serial ? [] : ['W5.3'], flags, edition: null, matchedOn,
});

describe('inventory rows', () => {
  it('sends typed decimals exactly, drops blank rows, keeps density only for m³', () => {
    const rows = [
      { ...emptyRow(), chemicalName: ' 甲醇 ', quantity: '1,200.5', density: '0.79' },
      emptyRow(),
      { ...emptyRow(), chemicalName: '汽油', quantity: '30', quantityUnit: 'm3' as const, density: '0.75' },
    ];
    const lines = linesOf(rows);
    expect(lines.map((l) => [l.chemicalName, l.quantity, l.density])).toEqual([['甲醇', '1200.5', null], ['汽油', '30', '0.75']]);
    expect(sentIndexMap(rows)).toEqual([0, 2]); // API row 2 is the third row on screen
  });

  it('asks which Table 1 row when a name is shared (硝化棉: rows 37–41), decides when only one matches', () => {
    const shared = [hit(37, '硝化纤维素[干的或含水(或乙醇)<25%]', ['硝化棉'], '1'), hit(39, '硝化纤维素(含乙醇≥25%)', ['硝化棉'], '10'), hit(42, '硝化纤维素溶液', ['硝化棉溶液'], '50', 'partial')];
    const r = resolveTyped({ ...emptyRow(), chemicalName: '硝化棉' }, shared);
    expect(r.candidates.map((c) => c.serial)).toEqual([37, 39]);
    expect(r.table1Serial).toBeNull();
    const one = resolveTyped({ ...emptyRow(), chemicalName: '硝化棉溶液' }, shared);
    expect([one.table1Serial, one.thresholdTonnes, one.candidates]).toEqual([42, '50', []]);
  });

  it('treats a name with no Table 1 row as outside Table 1, taking categories from the catalog', () => {
    const r = resolveTyped({ ...emptyRow(), chemicalName: '某溶剂' }, [hit(null, '某溶剂', [], null, 'exact_name', 'catalog')]);
    expect([r.outsideTable1, r.hazardSymbols]).toEqual([true, ['W5.3']]);
    const picked = applyHit(emptyRow(), hit(39, '硝化纤维素(含乙醇≥25%)', ['硝化棉'], '10'));
    expect([picked.table1Serial, picked.outsideTable1, picked.thresholdTonnes, picked.cas]).toEqual([39, false, '10', '9004-70-0']);
  });

  it('reads quantities as people type them', () => {
    expect(['20', '0.75', '1,200.5', '1200'].every(isDecimal)).toBe(true);
    expect(['-1', 'abc', '1.2.3', '', '1,20'].some(isDecimal)).toBe(false);
  });
});
