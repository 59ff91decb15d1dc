// The `Flags` shape the API gives a chemical or an inventory line (docs/api-contract.md): one word per control
// list ('listed' | 'not_listed' | 'unknown' — the highly toxic list is partial, so absence there is 'unknown') and the
// district's own restriction, if any. One function, so the search, the register and the enterprise page agree.
import { chemicalFlags, chemicalListKeys, type ChemicalListKey, type ListMembership } from './chemical-flags.js';
import { restrictionFor, type RestrictionEntry, type RestrictionMatch } from './restriction.js';

export type FlagWord = ListMembership['status'];
export type Flags = Record<ChemicalListKey, FlagWord> & { restriction: RestrictionMatch | null };

export function flagsOf(chemical: { name: string; cas?: string | null }, restrictions: readonly RestrictionEntry[]): Flags {
  const lists = chemicalFlags({ name: chemical.name, ...(chemical.cas ? { cas: chemical.cas } : {}) });
  const words = Object.fromEntries(chemicalListKeys.map((k) => [k, lists[k].status])) as Record<ChemicalListKey, FlagWord>;
  return { ...words, restriction: restrictionFor(restrictions, { name: chemical.name, cas: chemical.cas ?? null }) };
}
