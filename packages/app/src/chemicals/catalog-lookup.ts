// The catalog entries inventory lines might name, as a look-up by name key or CAS: shared by the inventory PUT and
// the stateless calculator so both check lines exactly alike.
import type { Db } from '@hazgov/db/database';
import { findCatalogMatches } from '@hazgov/db/enterprises/inventory.repository';
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { chemicalNameKey } from '@hazgov/domain/chemicals/chemical-name';
import type { CatalogLookup, InventoryLineInput } from '@hazgov/domain/enterprises/inventory-line-input';

export async function catalogLookup(db: Db, lines: readonly InventoryLineInput[]): Promise<CatalogLookup> {
  const names = [...new Set(lines.map((l) => l.chemicalName.trim()).filter((n) => n !== ''))];
  const cas = [...new Set(lines.flatMap((l) => { const p = l.cas ? parseCasNumber(l.cas) : null; return p?.ok ? [p.cas] : []; }))];
  const found = await findCatalogMatches(db, { names, cas });
  const nameKeys = new Set(found.names.map(chemicalNameKey));
  const casSet = new Set(found.cas);
  return ({ name, cas: c }) => nameKeys.has(chemicalNameKey(name)) || (c !== null && casSet.has(c));
}
