import { describe, expect, it } from 'vitest';
import { readInventorySheet, type SheetRow } from './inventory-sheet.js';

const header = ['unit', 'chemical', 'cas', 'quantity_t', 'hazard_category', 'exposed_people'];
/** Rows numbered as a spreadsheet shows them: the header is row 1, so data starts at row 2. */
const rows = (...cells: string[][]): SheetRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
const read = (...cells: string[][]) => readInventorySheet(header, rows(...cells));
const problems = (...cells: string[][]) => {
  const r = read(...cells);
  return r.ok ? [] : r.problems.map((p) => [p.row, p.column, p.code]);
};
const substances = (...cells: string[][]) => {
  const r = read(...cells);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.units.flatMap((u) => u.lines.map((l) => l.line.substance));
};

describe('readInventorySheet — units and lines', () => {
  it('groups rows by unit in order of first appearance and takes exposed_people from any row', () => {
    const r = read(
      ['储罐区', '甲醇', '67-56-1', '350', 'W5.3', ''],
      ['液氯库', '液氯', '', '2.5', '', '40'],
      ['储罐区', '苯', '', '10', '', '12'],
      ['', '', '', '', '', ''], // a blank row is skipped
      ['储罐区', '', '108-88-3', '50', 'W5.3', '12'],
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.units.map((u) => [u.unit, u.exposedPeople, u.exposedPeopleRow, u.lines.map((l) => l.row)])).toEqual([
      ['储罐区', 12, 4, [2, 4, 6]],
      ['液氯库', 40, 3, [3]],
    ]);
    const [tank] = r.units;
    expect(tank?.lines.map((l) => [l.chemical, l.cas, l.line.substance, l.line.quantity])).toEqual([
      ['甲醇', '67-56-1', { name: '甲醇', table1Serial: 65, hazardSymbols: ['W5.3'] }, { value: '350', unit: 't' }],
      ['苯', null, { name: '苯' }, { value: '10', unit: 't' }],
      // CAS alone: row 64 甲苯, named after the row
      ['', '108-88-3', { name: '甲苯', table1Serial: 64, hazardSymbols: ['W5.3'] }, { value: '50', unit: 't' }],
    ]);
  });

  it('reads quantities exactly as typed, full-width digits included', () => {
    const r = read(['A', '氨', '', '０.１', '', ''], ['A', '液氯', '', '1e-3', '', '']);
    expect(r.ok && r.units[0]?.lines.map((l) => l.line.quantity.value)).toEqual(['0.1', '1e-3']);
  });

  it('accepts several categories and a β category among them', () => {
    const r = readInventorySheet([...header, 'beta_category'], rows(['A', '某溶剂', '', '20', 'W5.1；J1', '', 'j1']));
    expect(r.ok && r.units[0]?.lines[0]?.line.substance).toEqual({ name: '某溶剂', hazardSymbols: ['W5.1', 'J1'], betaSymbol: 'J1' });
  });

  it('accepts the header in any order and case, with optional columns missing', () => {
    const r = readInventorySheet(['Quantity_T', 'CAS', 'Unit'], [{ row: 2, cells: ['5', '7782-50-5', '库'] }]);
    expect(r.ok && r.units[0]?.lines[0]?.line).toEqual({ substance: { name: '氯', table1Serial: 12 }, quantity: { value: '5', unit: 't' } });
  });
});

describe('readInventorySheet — CAS and name together', () => {
  it('takes the row that name and CAS agree on', () => {
    expect(substances(['A', '液氨', '7664-41-7', '1', '', ''])).toEqual([{ name: '液氨', table1Serial: 1 }]);
  });

  it('takes the Table 1 row of a CAS under a trade name', () => {
    expect(substances(['A', '民用液化气', '68476-85-7', '1', 'W2', ''])).toEqual([{ name: '民用液化气', table1Serial: 52, hazardSymbols: ['W2'] }]);
  });

  it('leaves a name meaning several rows to the identification (硝化棉: rows 37–41 share 9004-70-0)', () => {
    expect(substances(['A', '硝化棉', '9004-70-0', '1', '', ''])).toEqual([{ name: '硝化棉' }]);
  });

  it('takes a row by table1_serial, or none = confirmed outside Table 1', () => {
    const r = readInventorySheet([...header, 'table1_serial'], rows(
      ['A', '硝化棉', '9004-70-0', '1', '', '', '39'],
      ['A', '37%甲醛溶液', '50-00-0', '1', 'J3', '', 'none'],
    ));
    expect(r.ok && r.units[0]?.lines.map((l) => l.line.substance)).toEqual([
      { name: '硝化棉', table1Serial: 39 },
      { name: '37%甲醛溶液', table1Serial: null, hazardSymbols: ['J3'] },
    ]);
  });

  it('puts a CAS outside Table 1 outside Table 1, with its categories', () => {
    expect(substances(['A', '丙烯', '115-07-1', '1', 'W2', ''])).toEqual([{ name: '丙烯', table1Serial: null, hazardSymbols: ['W2'] }]);
  });

  it('keeps the name of a Table 1 row the standard gives no CAS for', () => {
    // row 74 烷基铝 has no CAS in the standard; triethylaluminium 97-93-8 is one of them
    expect(substances(['A', '烷基铝', '97-93-8', '1', '', ''])).toEqual([{ name: '烷基铝' }]);
  });
});

describe('readInventorySheet — bad rows name the row and the column', () => {
  it('reports every bad cell of every row', () => {
    expect(problems(
      ['', '甲醇', '', '1', '', ''], // row 2
      ['A', '', '', '1', '', ''], // row 3
      ['A', '', '7664-41-8', '1', '', ''], // row 4: check digit of 766441 is 7
      ['A', '', '7664-417', '1', '', ''], // row 5
      ['A', '甲醇', '', '十吨', '', ''], // row 6
      ['A', '甲醇', '', '-1', '', ''], // row 7
      ['A', '甲醇', '', '1,000', '', ''], // row 8: thousands separator
      ['A', '甲醇', '', '', '', ''], // row 9
      ['A', '某物', '', '1', 'W5', ''], // row 10
      ['A', '甲醇', '', '1', '', '12.5'], // row 11
      ['A', '甲醇', '', '1', '', '-3'], // row 12
      ['A', '丙烯', '115-07-1', '1', '', ''], // row 13: CAS outside Table 1, no category
    )).toEqual([
      [2, 'unit', 'missing_unit'],
      [3, 'chemical', 'missing_substance'],
      [4, 'cas', 'cas_check_digit'],
      [5, 'cas', 'cas_format'],
      [6, 'quantity_t', 'bad_quantity'],
      [7, 'quantity_t', 'negative_quantity'],
      [8, 'quantity_t', 'bad_quantity'],
      [9, 'quantity_t', 'missing_quantity'],
      [10, 'hazard_category', 'unknown_hazard_category'],
      [11, 'exposed_people', 'bad_exposed_people'],
      [12, 'exposed_people', 'bad_exposed_people'],
      [13, 'hazard_category', 'cas_not_in_table1_needs_category'],
    ]);
  });

  it('refuses two different populations for one unit, naming both rows', () => {
    const r = read(['A', '甲醇', '', '1', '', '40'], ['B', '甲醇', '', '1', '', '7'], ['A', '苯', '', '1', '', '40'], ['A', '氨', '', '1', '', '41']);
    expect(!r.ok && r.problems).toEqual([
      { row: 5, column: 'exposed_people', code: 'exposed_people_differs', params: { value: 41, first: 40, firstRow: 2, unit: 'A' } },
    ]);
  });

  it('refuses a CAS that contradicts the name', () => {
    // 氨 is row 1 (7664-41-7); 1336-21-6 is ammonia solution, not in Table 1
    const r = read(['A', '氨', '1336-21-6', '1', '', '']);
    expect(!r.ok && r.problems).toEqual([{ row: 2, column: 'cas', code: 'cas_name_mismatch', params: { cas: '1336-21-6', rows: '1 氨' } }]);
  });

  it('asks for the row when a CAS alone means several rows or a row with a condition', () => {
    expect(problems(['A', '', '9004-70-0', '1', '', ''], ['A', '', '50-00-0', '1', '', ''], ['A', '盐酸', '7647-01-0', '1', '', ''])).toEqual([
      [2, 'cas', 'cas_needs_table1_row'], // rows 37–42
      [3, 'cas', 'cas_needs_table1_row'], // row 8 甲醛(含量>90%): a 37% solution has the same CAS
      [4, 'cas', 'cas_needs_table1_row'], // row 11 氯化氢(无水): hydrochloric acid has the same CAS
    ]);
  });

  it('checks table1_serial and beta_category', () => {
    const r = readInventorySheet([...header, 'table1_serial', 'beta_category'], rows(
      ['A', '硝化棉', '', '1', '', '', '86', ''],
      ['A', '硝化棉', '7664-41-7', '1', '', '', '39', ''],
      ['A', '某物', '', '1', '', '', 'none', ''],
      ['A', '某物', '', '1', 'W5.1', '', '', 'W99'],
      ['A', '某物', '', '1', 'W5.1', '', '', 'J1'],
    ));
    expect(!r.ok && r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'table1_serial', 'bad_table1_serial'],
      [3, 'cas', 'table1_serial_cas_mismatch'],
      [4, 'hazard_category', 'outside_table1_needs_category'],
      [5, 'beta_category', 'unknown_beta_category'],
      [6, 'beta_category', 'beta_category_not_among'],
    ]);
  });

  it('checks the header', () => {
    const r = readInventorySheet(['unit', 'chemical', 'quantity', 'unit'], rows(['A', '甲醇', '1', 'A']));
    expect(!r.ok && r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'quantity', 'unknown_column'],
      [1, 'unit', 'duplicate_column'],
      [1, 'quantity_t', 'missing_column'],
    ]);
    expect(readInventorySheet(['unit', 'quantity_t'], [])).toMatchObject({ ok: false, problems: [{ code: 'missing_column', column: 'chemical' }] });
    expect(readInventorySheet(header, rows(['', '', '', '', '', '']))).toMatchObject({ ok: false, problems: [{ row: null, code: 'no_rows' }] });
  });
});
