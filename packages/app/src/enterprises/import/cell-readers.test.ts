// Cells as spreadsheets hold them: dates as Excel dates, serial numbers or the ways people write them; numbers
// typed as text; decimals kept as typed.
import { describe, expect, it } from 'vitest';
import { numberText, parseDateCell, RowReader } from './cell-readers.js';
import { ProblemList } from './import-problem.js';

describe('parseDateCell', () => {
  it.each([
    [new Date('2026-05-01T00:00:00.000Z'), '2026-05-01'],
    [46143, '2026-05-01'], // Excel serial: 25569 = 1970-01-01, + 20574 days (1970-01-01 → 2026-05-01)
    ['2026-05-01', '2026-05-01'], ['2026/5/1', '2026-05-01'], ['2026.5.1', '2026-05-01'], ['2026年5月1日', '2026-05-01'], ['２０２６－０５－０１', '2026-05-01'],
    ['2025-02-30', null], ['明年', null], ['2026-13-01', null], [1.5, null],
  ])('%s → %s', (cell, expected) => expect(parseDateCell(cell)).toBe(expected));
});

describe('RowReader', () => {
  const read = (cells: Record<string, string | number | null>) => {
    const problems = new ProblemList();
    return { r: new RowReader('inventory', { row: 7, cells }, problems), problems };
  };
  it('keeps a decimal as typed and a number at its shortest spelling', () => {
    expect(read({ quantity: '12.50' }).r.decimal('quantity')).toEqual({ text: '12.50', blank: false });
    expect(read({ quantity: 0.1 + 0.2 }).r.decimal('quantity').text).toBe('0.30000000000000004'); // what the cell holds, not rounded
    expect(read({ quantity: '1,000' }).r.decimal('quantity').text).toBe('1000');
    expect(numberText(1e-7)).toBe('0.0000001');
  });
  it('reports a problem at its sheet, Excel row and column', () => {
    const { r, problems } = read({ population: '-5' });
    expect(r.count('population')).toBeUndefined();
    expect(problems.all()).toEqual([{ sheet: 'inventory', row: 7, column: 'population', code: 'ENTERPRISE_IMPORT_COUNT_INVALID', params: { value: '-5' } }]);
  });
  it('reads a drop-down cell by its Chinese label, English label or code', () => {
    expect(read({ physicalState: '液化气体' }).r.choice('physicalState', 'physicalState')).toBe('liquefied_gas');
    expect(read({ physicalState: 'Liquefied Gas' }).r.choice('physicalState', 'physicalState')).toBe('liquefied_gas');
    expect(read({ physicalState: 'plasma' }).r.choice('physicalState', 'physicalState')).toBeUndefined();
  });
});
