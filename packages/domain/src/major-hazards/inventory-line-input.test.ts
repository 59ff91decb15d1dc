import { describe, expect, it } from 'vitest';
import { checkInventoryLines, type InventoryLineInput } from './inventory-line-input.js';

const line = (over: Partial<InventoryLineInput> = {}): InventoryLineInput => ({ chemicalName: '甲醇', quantity: '100', quantityUnit: 't', ...over });
const problemsOf = (inputs: InventoryLineInput[]) => {
  const r = checkInventoryLines(inputs);
  return r.ok ? [] : r.problems.map((p) => `${p.row}:${p.field}:${p.code}`);
};

describe('checkInventoryLines', () => {
  it('accepts a Table 1 name and normalises what was typed', () => {
    const r = checkInventoryLines([line({ cas: '０６７-56-1', quantity: ' 12.50 ', hazardSymbols: ['w5.1', 'W5.1'], betaSymbol: 'w5.1', containerType: ' ' })]);
    expect(r).toEqual({ ok: true, lines: [{
      chemicalName: '甲醇', cas: '67-56-1', table1Serial: null, outsideTable1: false, hazardSymbols: ['W5.1'], betaSymbol: 'W5.1',
      quantity: '12.50', quantityUnit: 't', density: null, densityUnit: null, physicalState: null, containerType: null,
    }] });
  });

  it('names the row and field of every bad value, all at once', () => {
    expect(problemsOf([
      line(),
      line({ quantity: '-1' }),
      line({ quantity: '12吨' }),
      line({ quantityUnit: '桶' }),
      line({ quantityUnit: 'm3' }),
      line({ quantityUnit: 'm3', density: '0.79' }),
      line({ quantityUnit: 'm3', density: '0', densityUnit: 't/m3' }),
      line({ cas: '67-56-2' }),
      line({ cas: '67-5' }),
      line({ chemicalName: ' ' }),
    ])).toEqual([
      '2:quantity:QUANTITY_INVALID',
      '3:quantity:QUANTITY_INVALID',
      '4:quantityUnit:QUANTITY_UNIT_UNKNOWN',
      '5:density:DENSITY_REQUIRED',
      '6:densityUnit:DENSITY_UNIT_REQUIRED',
      '7:density:DENSITY_INVALID',
      '8:cas:CAS_CHECK_DIGIT', // 67-56-1 is methanol: 1×6 + 2×5 + 3×7 + 4×6 = 61 → check digit 1, not 2
      '9:cas:CAS_FORMAT',
      '10:chemicalName:INVENTORY_CHEMICAL_REQUIRED',
    ]);
  });

  it('refuses an unknown chemical without categories, and unknown symbols or rows', () => {
    expect(problemsOf([
      line({ chemicalName: '某未知物质' }),
      line({ chemicalName: '某未知物质', hazardSymbols: ['W5.3'] }),
      line({ chemicalName: '甲醇', outsideTable1: true }),
      line({ hazardSymbols: ['W12'] }),
      line({ table1Serial: 86 }),
      line({ table1Serial: 65, outsideTable1: true }),
      line({ hazardSymbols: ['W5.1'], betaSymbol: 'J1' }),
    ])).toEqual([
      '1:hazardSymbols:INVENTORY_CATEGORIES_REQUIRED',
      '3:hazardSymbols:INVENTORY_CATEGORIES_REQUIRED',
      '4:hazardSymbols:HAZARD_SYMBOL_UNKNOWN',
      '5:table1Serial:TABLE1_ROW_UNKNOWN',
      '6:outsideTable1:INVENTORY_TABLE1_CONFLICT',
      '7:betaSymbol:BETA_SYMBOL_NOT_AMONG_CATEGORIES',
    ]);
  });

  it('keeps an ambiguous Table 1 name (硝化棉: rows 37–41) or a conditional one (甲醛): the identification asks for the row', () => {
    expect(problemsOf([line({ chemicalName: '硝化棉' }), line({ chemicalName: '甲醛' }), line({ chemicalName: '硝化棉', table1Serial: 40 })])).toEqual([]);
  });

  it('accepts kg and m³ with a density and its unit', () => {
    const r = checkInventoryLines([line({ quantity: 500, quantityUnit: 'kg' }), line({ quantity: '10', quantityUnit: '立方米', density: '791', densityUnit: 'kg/m3' })]);
    expect(r.ok && r.lines.map((l) => [l.quantity, l.quantityUnit, l.density, l.densityUnit])).toEqual([['500', 'kg', null, null], ['10', 'm3', '791', 'kg/m3']]);
  });
});
