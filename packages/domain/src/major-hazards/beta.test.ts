import { describe, expect, it } from 'vitest';
import { table1RowBySerial } from '../chemicals/catalog.js';
import { betaFor, type BetaLookup } from './beta.js';
import { formatRational } from './rational.js';
import type { SubstanceRef } from './threshold.js';

const summary = (b: BetaLookup): string => {
  if (!b.ok) return b.problem;
  const where = b.source.table === 3 ? `table 3 ${b.source.row.name}` : `table 4 ${b.source.row.symbol} (${b.source.chosenBy})`;
  return `β ${formatRational(b.beta)} from ${where}`;
};
const beta = (s: SubstanceRef, serial: number | null = null) => summary(betaFor(s, serial === null ? null : table1RowBySerial(serial) ?? null));

describe('betaFor — Table 3 by substance', () => {
  it.each([
    [{ name: '氨' }, 1, 'β 2 from table 3 氨'],
    [{ name: '液氯' }, 12, 'β 4 from table 3 氯'], // alias of row 12 → its name 氯
    [{ name: '光气' }, 6, 'β 20 from table 3 碳酰氯'],
    [{ name: '氯化氢(无水)' }, 11, 'β 3 from table 3 氯化氢'], // row 11 without its condition
    [{ name: '甲基异氰酸酯' }, 30, 'β 20 from table 3 异氰酸甲酯'],
    [{ name: '一氧化碳' }, 13, 'β 2 from table 3 一氧化碳'], // by the declared name (row 13 is 煤气)
    [{ name: '二氧化氮' }, 3, 'β 10 from table 3 二氧化氮'],
  ])('%j (row %i) → %s', (substance, serial, expected) => {
    expect(beta(substance, serial)).toBe(expected);
  });

  it('ignores hazard symbols for a Table 3 gas', () => {
    // 氨 is also a flammable gas (W2, β 1.5), but Table 3 decides
    expect(beta({ name: '氨', hazardSymbols: ['W2', 'J3'] }, 1)).toBe('β 2 from table 3 氨');
  });
});

describe('betaFor — Table 4 by hazard symbol', () => {
  it('uses the symbol of a Table-1 substance not in Table 3', () => {
    expect(beta({ name: '甲醇', hazardSymbols: ['W5.3'] }, 65)).toBe('β 1 from table 4 W5.3 (only_value)');
    expect(beta({ name: '液化石油气', hazardSymbols: ['W2'] }, 52)).toBe('β 1.5 from table 4 W2 (only_value)');
  });

  it('needs the categories of a substance not in Table 3', () => {
    expect(beta({ name: '甲醇' }, 65)).toBe('needs_categories_for_beta');
    expect(beta({ name: '煤气' }, 13)).toBe('needs_categories_for_beta'); // a mixture, not the Table 3 gas CO
  });

  it('takes a value all the symbols agree on', () => {
    expect(beta({ name: 'x', hazardSymbols: ['W5.2', 'W6.2', 'J5'] })).toBe('β 1 from table 4 W5.2 (only_value)');
  });

  it('asks which symbol applies when they disagree, instead of guessing', () => {
    const b = betaFor({ name: 'x', hazardSymbols: ['W5.1', 'J1'] }, null);
    expect(b.ok === false && b.problem === 'choose_beta_symbol' && b.candidates.map((c) => [c.symbol, formatRational(c.beta)])).toEqual([
      ['W5.1', '1.5'],
      ['J1', '4'],
    ]);
    expect(beta({ name: 'x', hazardSymbols: ['W5.1', 'J1'], betaSymbol: 'j1' })).toBe('β 4 from table 4 J1 (beta_symbol)');
  });

  it('checks the chosen symbol', () => {
    expect(betaFor({ name: 'x', hazardSymbols: ['W5.1', 'J1'], betaSymbol: 'W2' }, null)).toEqual({
      ok: false,
      problem: 'beta_symbol_not_among_categories',
      symbol: 'W2',
    });
    expect(betaFor({ name: 'x', betaSymbol: 'W99' }, null)).toEqual({ ok: false, problem: 'unknown_hazard_symbols', symbols: ['W99'] });
    expect(betaFor({ name: 'x', hazardSymbols: ['易燃液体'] }, null)).toEqual({ ok: false, problem: 'unknown_hazard_symbols', symbols: ['易燃液体'] });
  });

  it('accepts a β symbol alone for a Table-1 substance', () => {
    expect(beta({ name: '甲醇', betaSymbol: 'W5.3' }, 65)).toBe('β 1 from table 4 W5.3 (beta_symbol)');
  });
});
