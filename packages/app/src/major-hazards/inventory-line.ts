// A stored inventory line as the domain's GB 18218 input. The stored text is passed as typed: the domain reads
// decimals exactly and refuses what it cannot read, so nothing is rounded or guessed on the way.
import type { InventoryLine } from '@hazgov/domain/major-hazards/identify-unit';
import type { InventoryLineRow } from '@hazgov/db/major-hazards/identification.repository';

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
