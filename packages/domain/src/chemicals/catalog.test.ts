import { describe, expect, it } from 'vitest';
import {
  findTable1RowsByCas,
  findTable1RowsByName,
  gb18218Table1,
  searchTable1,
  table1RowBySerial,
} from './catalog.js';

const serials = (rows: readonly { serial: number }[]) => rows.map((r) => r.serial);

describe('GB 18218-2018 Table 1', () => {
  it('has 85 rows numbered 1–85', () => {
    expect(serials(gb18218Table1)).toEqual(Array.from({ length: 85 }, (_, i) => i + 1));
  });

  it('keeps the thresholds as printed, including the fractional ones', () => {
    expect(table1RowBySerial(1)).toMatchObject({ name: '氨', thresholdTonnes: '10', cas: [{ cas: '7664-41-7', label: null }] });
    expect(table1RowBySerial(6)?.thresholdTonnes).toBe('0.3'); // 碳酰氯
    expect(table1RowBySerial(30)?.thresholdTonnes).toBe('0.75'); // 异氰酸甲酯
    expect(table1RowBySerial(31)?.thresholdTonnes).toBe('0.5'); // 叠氮化钡
    expect(table1RowBySerial(56)?.thresholdTonnes).toBe('200'); // 氧, changed in 2018
    expect(table1RowBySerial(86)).toBeUndefined();
  });

  it('splits labelled CAS numbers', () => {
    expect(table1RowBySerial(52)?.cas).toEqual([
      { cas: '68476-85-7', label: null },
      { cas: '74-98-6', label: '丙烷' },
      { cas: '106-97-8', label: '丁烷' },
    ]);
  });

  it('has no CAS for rows 13, 45 and 74, as in the standard', () => {
    expect(gb18218Table1.filter((r) => r.cas.length === 0).map((r) => r.serial)).toEqual([13, 45, 74]);
  });
});

describe('findTable1RowsByCas', () => {
  it('returns every row sharing a CAS: CAS is not a key', () => {
    expect(serials(findTable1RowsByCas('9004-70-0'))).toEqual([37, 38, 39, 40, 41, 42]);
    expect(serials(findTable1RowsByCas('6484-52-2'))).toEqual([43, 44]);
  });

  it('finds labelled numbers and canonicalises the query', () => {
    expect(serials(findTable1RowsByCas('74-98-6'))).toEqual([52]);
    expect(serials(findTable1RowsByCas('８００６－１４－２'))).toEqual([49]);
  });

  it('returns nothing for an invalid number', () => {
    expect(findTable1RowsByCas('13810-58-7')).toEqual([]); // valid check digit, but not in Table 1 (row 31 is 18810-58-7)
    expect(findTable1RowsByCas('7664-41-8')).toEqual([]);
  });
});

describe('findTable1RowsByName', () => {
  it.each([
    ['氨', [1]],
    ['液氨', [1]],
    ['光气', [6]],
    ['tdi', [23]],
    ['氯化氢（无水）', [11]],
    ['天然气', [49]],
    ['丙烷', [52]], // labelled CAS of the LPG row
    ['液化石油气', [52]],
    ['乙醇汽油', [66]],
    ['一氧化碳', [13]], // 煤气(CO,CO和H₂、CH₄的混合物等) covers CO
    ['硝化棉', [37, 38, 39, 40, 41]], // alias of five grades: the user must choose
  ])('%s means row(s) %j', (name, rows) => {
    expect(serials(findTable1RowsByName(name).exact)).toEqual(rows);
  });

  it.each([
    ['硝酸铵', [43, 44]],
    ['甲醛', [8]], // row 8 is 甲醛(含量>90%); 37% formalin is not
    ['氯化氢', [11]], // row 11 is anhydrous only
    ['硝酸', [81]],
    ['硝化纤维素', [37, 38, 39, 40, 41]],
    ['甲醛(37%)', [8]],
  ])('%s matches row(s) %j only once their condition is confirmed', (name, rows) => {
    const match = findTable1RowsByName(name);
    expect(match.exact).toEqual([]);
    expect(serials(match.qualified)).toEqual(rows);
  });

  it('finds nothing for a substance outside Table 1', () => {
    expect(findTable1RowsByName('丙烯')).toEqual({ exact: [], qualified: [] });
    expect(findTable1RowsByName('  ')).toEqual({ exact: [], qualified: [] });
  });
});

describe('searchTable1', () => {
  it('searches by CAS', () => {
    expect(searchTable1('9004-70-0').map((h) => [h.row.serial, h.matchedOn])).toEqual(
      [37, 38, 39, 40, 41, 42].map((s) => [s, 'cas']),
    );
  });

  it('puts exact names first, then conditional names, then partial matches', () => {
    expect(searchTable1('硝酸').map((h) => [h.row.serial, h.matchedOn])).toEqual([
      [81, 'qualified_name'],
      [36, 'partial'], // alias 甘油三硝酸酯
      [43, 'partial'],
      [44, 'partial'],
      [45, 'partial'],
      [46, 'partial'],
      [80, 'partial'],
      [82, 'partial'],
    ]);
    expect(searchTable1('氯').map((h) => h.matchedOn)[0]).toBe('exact_name');
    expect(searchTable1('氯')[0]?.row.serial).toBe(12);
  });

  it('finds by alias fragment and CAS prefix, and respects the limit', () => {
    expect(serials(searchTable1('梯恩').map((h) => h.row))).toEqual([35]);
    expect(serials(searchTable1('7664').map((h) => h.row))).toEqual([1, 20]);
    expect(searchTable1('化', 3)).toHaveLength(3);
    expect(searchTable1('')).toEqual([]);
  });
});
