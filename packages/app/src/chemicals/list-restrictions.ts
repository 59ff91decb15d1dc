// The district's restriction list (禁限控目录) with, for each entry, how many inventory lines in the actor's
// enterprise scope it matches (by the same rule that flags a line: restrictionFor). Lines are counted per
// (name, CAS) group, so a district with a million lines is read as a few thousand groups.
import type { Db } from '@hazgov/db/database';
import { countInventoryLinesByChemical, listRestrictionRows, restrictionEntryOf, type RestrictionRow } from '@hazgov/db/chemicals/restriction-list.repository';
import { restrictionFor } from '@hazgov/domain/chemicals/restriction';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';

export type RestrictionView = RestrictionRow & { affected_lines: number };

export async function affectedLineCounts(db: Db, actor: Actor, rows: readonly RestrictionRow[]): Promise<Map<string, number>> {
  const groups = await countInventoryLinesByChemical(db, enterpriseScopeOf(actor));
  const counts = new Map<string, number>();
  for (const row of rows) {
    const entry = restrictionEntryOf(row);
    let n = 0;
    if (entry) for (const g of groups) if (restrictionFor([entry], { name: g.chemical_name, cas: g.cas })) n += g.n;
    counts.set(row.id, n);
  }
  return counts;
}

export async function listRestrictions(ctx: AppContext, opts: { actor: Actor }): Promise<RestrictionView[]> {
  const db = ctx.database.db;
  const rows = await listRestrictionRows(db);
  const counts = await affectedLineCounts(db, opts.actor, rows);
  return rows.map((r) => ({ ...r, affected_lines: counts.get(r.id) ?? 0 }));
}
