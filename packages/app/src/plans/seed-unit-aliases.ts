// Loads the alias table (data/plans/unit-aliases.json) into unit_aliases: spellings → organisation ids, full names,
// and the group aliases (区各有关单位) an admin later resolves. Existing rows (an admin's choices) are kept.
// One audit entry for the batch.
import type { Db } from '@hazgov/db/database';
import { insertAliasesIfMissing, type UnitAliasRow } from '@hazgov/db/plans/unit-aliases.repository';
import { recordAudit, systemActor, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { conghuaOrganisationIds, unitAliasData } from './conghua-reference.js';

export function conghuaAliasRows(): UnitAliasRow[] {
  const { idOfKey, fullNames } = conghuaOrganisationIds();
  const rows: UnitAliasRow[] = [];
  for (const [alias, key] of Object.entries(unitAliasData.units)) {
    const id = idOfKey.get(key);
    if (id) rows.push({ alias, organisation_id: id, group_name: null, source: 'seed' });
  }
  for (const [fullName, id] of fullNames) if (id) rows.push({ alias: fullName, organisation_id: id, group_name: null, source: 'seed' });
  for (const g of unitAliasData.groups) {
    for (const alias of [g.name, ...g.aliases]) rows.push({ alias, organisation_id: null, group_name: g.name, source: 'seed' });
  }
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.alias) ? false : (seen.add(r.alias), true)));
}

export async function seedUnitAliases(ctx: AppContext, opts: { actor?: AuditActor } = {}): Promise<{ inserted: number }> {
  return inTransaction(ctx, (trx) => seedUnitAliasesIn(trx, ctx.now().toISOString(), opts.actor ?? systemActor('seed')));
}

/** Inside a caller's transaction (the demo seed runs everything in one). */
export async function seedUnitAliasesIn(trx: Db, at: string, actor: AuditActor): Promise<{ inserted: number }> {
  const existing = new Set((await trx.selectFrom('organisations').select('id').execute()).map((r) => r.id));
  const rows = conghuaAliasRows().filter((r) => r.organisation_id === null || existing.has(r.organisation_id));
  const inserted = await insertAliasesIfMissing(trx, rows);
  if (inserted > 0) await recordAudit(trx, { actor, action: 'unit_alias.seed', entity: 'unit_alias', entityId: 'batch', after: { inserted }, at });
  return { inserted };
}
