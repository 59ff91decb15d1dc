// A stored inventory line as the domain's GB 18218 input, and a checked input line as the columns to store. The
// stored text is passed as typed: the domain reads decimals exactly and refuses what it cannot read, so nothing is
// rounded or guessed on the way. The calculator goes through both functions, so it computes exactly what a saved
// inventory would give.
import type { InventoryLine } from '@hazgov/domain/major-hazards/identify-unit';
import type { InventoryLineFields } from '@hazgov/domain/enterprises/inventory-line-input';
import type { InventoryLineRow } from '@hazgov/db/major-hazards/identification.repository';

export type InventoryLineColumns = Pick<InventoryLineRow,
  'chemical_name' | 'cas' | 'table1_serial' | 'outside_table1' | 'hazard_symbols' | 'beta_symbol' | 'quantity' | 'quantity_unit' | 'density' |
  'density_unit' | 'physical_state' | 'container_type'>;

export function inventoryLineOf(row: Pick<InventoryLineRow, 'chemical_name' | 'table1_serial' | 'outside_table1' | 'hazard_symbols' | 'beta_symbol' | 'quantity' | 'quantity_unit' | 'density' | 'density_unit'>): InventoryLine {
  const symbols = (row.hazard_symbols ?? '').split(/[,，;；\s]+/).filter(Boolean);
  return {
    substance: {
      name: row.chemical_name,
      ...(row.table1_serial !== null ? { table1Serial: row.table1_serial } : row.outside_table1 ? { table1Serial: null } : {}),
      ...(symbols.length > 0 ? { hazardSymbols: symbols } : {}),
      ...(row.beta_symbol ? { betaSymbol: row.beta_symbol } : {}),
    },
    quantity: {
      value: row.quantity,
      unit: row.quantity_unit,
      ...(row.density !== null ? { density: { value: row.density, unit: row.density_unit ?? '' } } : {}),
    },
  };
}

/** The columns of a line that passed readInventoryLine (domain/enterprises; ids, unit, path and sort are the caller's). */
export function inventoryColumnsOf(line: InventoryLineFields): InventoryLineColumns {
  return {
    chemical_name: line.chemicalName,
    cas: line.cas,
    table1_serial: line.table1Serial,
    outside_table1: line.outsideTable1 ? 1 : 0,
    hazard_symbols: line.hazardSymbols.length > 0 ? line.hazardSymbols.join(',') : null,
    beta_symbol: line.betaSymbol,
    quantity: line.quantity,
    quantity_unit: line.quantityUnit,
    density: line.density,
    density_unit: line.densityUnit,
    physical_state: line.physicalState,
    container_type: line.containerType,
  };
}
