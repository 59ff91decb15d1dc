import { describe, expect, it } from 'vitest';
import { inventoryLineInputOf } from './calculator-input';

describe('inventoryLineInputOf', () => {
  it('sends the picked Table 1 row and CAS while the name is the picked one', () => {
    expect(inventoryLineInputOf({ chemicalName: '甲醇', pickedName: '甲醇', table1Serial: 65, cas: '67-56-1', quantity: '600', quantityUnit: 't', hazardSymbols: ['W5.3'] }))
      .toEqual({ chemicalName: '甲醇', cas: '67-56-1', table1Serial: 65, quantity: '600', quantityUnit: 't', hazardSymbols: ['W5.3'] });
  });
  it('forgets the pick once the name was retyped (the server matches the new name itself)', () => {
    expect(inventoryLineInputOf({ chemicalName: '乙醇', pickedName: '甲醇', table1Serial: 65, cas: '67-56-1', quantity: '1', quantityUnit: 't' }))
      .toEqual({ chemicalName: '乙醇', quantity: '1', quantityUnit: 't' });
  });
  it('marks a substance outside Table 1 with table1Serial null', () => {
    expect(inventoryLineInputOf({ chemicalName: '某溶剂', outsideTable1: true, hazardSymbols: ['W5.3', 'J5'], betaSymbol: 'J5', quantity: '2.5', quantityUnit: 'kg' }))
      .toEqual({ chemicalName: '某溶剂', outsideTable1: true, table1Serial: null, hazardSymbols: ['W5.3', 'J5'], betaSymbol: 'J5', quantity: '2.5', quantityUnit: 'kg' });
  });
  it('sends the density only for m³', () => {
    expect(inventoryLineInputOf({ chemicalName: '甲醇', quantity: '100', quantityUnit: 'm3', density: '0.79' }))
      .toEqual({ chemicalName: '甲醇', quantity: '100', quantityUnit: 'm3', density: '0.79', densityUnit: 't/m3' });
    expect(inventoryLineInputOf({ chemicalName: '甲醇', quantity: '100', quantityUnit: 't', density: '0.79' })).not.toHaveProperty('density');
  });
});
