// The unit-name alias table (区安监局 → 区安全监管局) and the members an admin gave a group alias. Queries only.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { UnitAliasTable } from '../schema.js';

export type UnitAliasRow = Selectable<UnitAliasTable>;
export type UnitAliasListRow = UnitAliasRow & { org_name: string | null; member_ids: string[] };

export async function listAliases(db: Db): Promise<UnitAliasListRow[]> {
  const rows = await db
    .selectFrom('unit_aliases as a')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .selectAll('a')
    .select('o.name as org_name')
    .orderBy('a.alias')
    .execute();
  const members = await db.selectFrom('unit_alias_members').selectAll().execute();
  const byAlias = new Map<string, string[]>();
  for (const m of members) byAlias.set(m.alias, [...(byAlias.get(m.alias) ?? []), m.organisation_id]);
  return rows.map((r) => ({ ...r, member_ids: byAlias.get(r.alias) ?? [] }));
}

export async function findAlias(db: Db, alias: string): Promise<UnitAliasRow | undefined> {
  return db.selectFrom('unit_aliases').selectAll().where('alias', '=', alias).executeTakeFirst();
}

export async function upsertAlias(db: Db, row: UnitAliasRow): Promise<void> {
  const existing = await findAlias(db, row.alias);
  if (existing) {
    await db.updateTable('unit_aliases').set({ organisation_id: row.organisation_id, group_name: row.group_name, source: row.source }).where('alias', '=', row.alias).execute();
  } else {
    await db.insertInto('unit_aliases').values(row).execute();
  }
}

export async function insertAliasesIfMissing(db: Db, rows: readonly UnitAliasRow[]): Promise<number> {
  const existing = new Set((await db.selectFrom('unit_aliases').select('alias').execute()).map((r) => r.alias));
  const fresh = rows.filter((r) => !existing.has(r.alias));
  for (let i = 0; i < fresh.length; i += 500) await db.insertInto('unit_aliases').values(fresh.slice(i, i + 500)).execute();
  return fresh.length;
}

export async function setAliasMembers(db: Db, alias: string, organisationIds: readonly string[]): Promise<void> {
  await db.deleteFrom('unit_alias_members').where('alias', '=', alias).execute();
  if (organisationIds.length) await db.insertInto('unit_alias_members').values(organisationIds.map((organisation_id) => ({ alias, organisation_id }))).execute();
}

export async function listAliasMembers(db: Db, alias: string): Promise<string[]> {
  return (await db.selectFrom('unit_alias_members').select('organisation_id').where('alias', '=', alias).execute()).map((r) => r.organisation_id);
}
