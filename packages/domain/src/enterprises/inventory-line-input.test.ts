import { describe, expect, it } from 'vitest';
import { readInventoryLine, readInventoryLines, type CatalogLookup, type InventoryLineInput } from './inventory-line-input.js';

const none: CatalogLookup = () => false;
const methanol: InventoryLineInput = { chemicalName: '甲醇', cas: '67-56-1', quantity: '250', quantityUnit: 't' };
const codes = (line: Partial<InventoryLineInput>, inCatalog: CatalogLookup = none): string[] =>
  readInventoryLine({ ...methanol, ...line }, 2, inCatalog).problems.map((p) => `${p.row}:${p.field}:${p.code}`);

describe('inventory line input', () => {
  it('stores a clean Table 1 line with its canonical CAS, unit and symbols', () => {
    const { value, problems } = readInventoryLine({ ...methanol, cas: '0000067-56-1', quantityUnit: '吨', hazardSymbols: ['w5.3', 'W5.3'] }, 0, none);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ chemicalName: '甲醇', cas: '67-56-1', quantityUnit: 't', hazardSymbols: ['W5.3'], quantity: '250', outsideTable1: false });
  });

  it.each<[Partial<InventoryLineInput>, string[]]>([
    [{ quantity: 'abc' }, ['3:quantity:INVENTORY_QUANTITY_INVALID']],
    [{ quantity: '' }, ['3:quantity:INVENTORY_QUANTITY_INVALID']],
    [{ quantity: '-5' }, ['3:quantity:INVENTORY_QUANTITY_NEGATIVE']],
    [{ quantityUnit: 'gallon' }, ['3:quantityUnit:INVENTORY_UNIT_UNKNOWN']],
    [{ quantityUnit: 'm3' }, ['3:density:INVENTORY_DENSITY_REQUIRED']],
    [{ quantityUnit: 'm3', density: '0.79' }, ['3:densityUnit:INVENTORY_DENSITY_UNIT_REQUIRED']],
    [{ quantityUnit: 'm3', density: '0', densityUnit: 't/m3' }, ['3:density:INVENTORY_DENSITY_INVALID']],
    [{ quantityUnit: 'm3', density: '0.79', densityUnit: 'lb/gal' }, ['3:densityUnit:INVENTORY_DENSITY_UNIT_UNKNOWN']],
    [{ cas: '67-56-2' }, ['3:cas:INVENTORY_CAS_CHECK_DIGIT']], // methanol's check digit is 1: (6·4 + 7·3 + 5·2 + 6·1) mod 10 = 61 mod 10
    [{ cas: 'not-a-cas' }, ['3:cas:INVENTORY_CAS_FORMAT']],
    [{ hazardSymbols: ['W99'] }, ['3:hazardSymbols:INVENTORY_HAZARD_SYMBOL_UNKNOWN']],
    [{ betaSymbol: 'X1' }, ['3:betaSymbol:INVENTORY_BETA_SYMBOL_UNKNOWN']],
    [{ hazardSymbols: ['W5.3'], betaSymbol: 'J1' }, ['3:betaSymbol:INVENTORY_BETA_SYMBOL_NOT_AMONG_CATEGORIES']],
    [{ table1Serial: 999 }, ['3:table1Serial:INVENTORY_TABLE1_ROW_UNKNOWN']],
    [{ physicalState: 'plasma' }, ['3:physicalState:INVENTORY_PHYSICAL_STATE_UNKNOWN']],
    [{ chemicalName: '  ' }, ['3:chemicalName:INVENTORY_CHEMICAL_NAME_REQUIRED']],
  ])('%j → %j (row 3 = index 2 + 1)', (line, expected) => {
    expect(codes(line)).toEqual(expected);
  });

  it('an unknown chemical without categories is an input error; with categories, or known to the catalog, it is not', () => {
    expect(codes({ chemicalName: '某某助剂', cas: null })).toEqual(['3:chemicalName:INVENTORY_CHEMICAL_UNKNOWN']);
    expect(codes({ chemicalName: '某某助剂', cas: null, hazardSymbols: ['W5.4'] })).toEqual([]);
    expect(codes({ chemicalName: '某某助剂', cas: null }, ({ name }) => name === '某某助剂')).toEqual([]);
    // confirmed outside Table 1 and still no categories: nothing can give it a threshold
    expect(codes({ outsideTable1: true })).toEqual(['3:chemicalName:INVENTORY_CHEMICAL_UNKNOWN']);
  });

  it('an ambiguous name (硝化棉: Table 1 rows 37–41) is saved for the user to choose the row in the trace', () => {
    expect(codes({ chemicalName: '硝化棉', cas: '9004-70-0' })).toEqual([]);
  });

  it('reports the problems of every line, each with its row, and keeps nothing when one is bad', () => {
    const r = readInventoryLines([methanol, { ...methanol, quantity: 'x' }, { ...methanol, cas: '67-56-2' }], none);
    expect(r.value).toBeNull();
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[2, 'INVENTORY_QUANTITY_INVALID'], [3, 'INVENTORY_CAS_CHECK_DIGIT']]);
  });
});
