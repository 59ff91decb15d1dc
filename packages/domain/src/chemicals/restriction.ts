// The district's prohibited / restricted / controlled list (禁限控目录): does an inventory line name a listed chemical?
// A CAS match decides when both sides have one; otherwise the names are compared the way people type them
// (chemicalNameKey), and a listed name without a qualifier also catches the qualified forms (硝酸铵 → 硝酸铵(含…)).
import { chemicalBaseKey, chemicalNameKey } from './chemical-name.js';

export const restrictionLevels = ['prohibited', 'restricted', 'controlled'] as const;
export type RestrictionLevel = (typeof restrictionLevels)[number];
export type RestrictionEntry = { id: string; chemicalName: string; cas: string | null; level: RestrictionLevel; note: string | null };
export type RestrictionMatch = { level: RestrictionLevel; entryId: string; note: string | null };

const SEVERITY: Readonly<Record<RestrictionLevel, number>> = { prohibited: 3, restricted: 2, controlled: 1 };

export function restrictionFor(entries: readonly RestrictionEntry[], line: { name: string; cas?: string | null }): RestrictionMatch | null {
  const nameKey = chemicalNameKey(line.name);
  const baseKey = chemicalBaseKey(line.name);
  let best: RestrictionEntry | null = null;
  for (const e of entries) {
    const byCas = e.cas !== null && line.cas != null && line.cas !== '' && e.cas === line.cas;
    const entryKey = chemicalNameKey(e.chemicalName);
    const byName = entryKey === nameKey || (entryKey === chemicalBaseKey(e.chemicalName) && entryKey === baseKey);
    if ((byCas || byName) && (!best || SEVERITY[e.level] > SEVERITY[best.level])) best = e;
  }
  return best ? { level: best.level, entryId: best.id, note: best.note } : null;
}
