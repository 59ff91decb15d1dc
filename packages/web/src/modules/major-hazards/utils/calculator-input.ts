// The calculator's form lines as the API's InventoryLineInput. A catalog pick (its Table 1 row and CAS) counts
// only while the name still reads as picked; "outside Table 1" is sent as table1Serial: null, which the standard's
// clause 4.1.2 b) then resolves by hazard categories.
import type { CalculatorLineFields } from '../components/CalculatorLine';
import type { InventoryLineInput } from '../api/major-hazards.types';

export function inventoryLineInputOf(line: CalculatorLineFields): InventoryLineInput {
  const chemicalName = (line.chemicalName ?? '').trim();
  const picked = Boolean(line.pickedName) && line.pickedName === chemicalName;
  const out: InventoryLineInput = { chemicalName, quantity: String(line.quantity ?? '').trim(), quantityUnit: line.quantityUnit ?? 't' };
  if (picked && line.cas) out.cas = line.cas;
  if (line.outsideTable1) {
    out.outsideTable1 = true;
    out.table1Serial = null;
  } else if (picked && typeof line.table1Serial === 'number') {
    out.table1Serial = line.table1Serial;
  }
  if (line.hazardSymbols && line.hazardSymbols.length > 0) out.hazardSymbols = [...line.hazardSymbols];
  if (line.betaSymbol) out.betaSymbol = line.betaSymbol;
  if (out.quantityUnit === 'm3') {
    out.density = String(line.density ?? '').trim();
    out.densityUnit = line.densityUnit ?? 't/m3';
  }
  return out;
}
