// What the enterprise import reads before it writes: the places enterprises hang under, the enterprises whose credit
// codes the file names (with their units, lines, licences and sites, to compare and update them) and the active
// catalog's classifications. Unscoped queries: the import use case decides jurisdiction on the rows it gets back.
// Lists are read in chunks of ids so a 10,000-enterprise file stays within every dialect's parameter limit.
import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { EnterpriseLicenceTable, EnterpriseSiteTable, EnterpriseTable, EnterpriseUnitTable, InventoryLineTable } from '../schema.js';

const CHUNK = 500;

async function inChunks<T>(values: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await read(values.slice(i, i + CHUNK))));
  return out;
}

export type PlaceRow = { id: string; name: string; kind: string; path: string; parent_id: string | null };

/** Territories and grid cells (the parents an enterprise organisation can have). */
export async function listPlaces(db: Db): Promise<PlaceRow[]> {
  return db.selectFrom('organisations').select(['id', 'name', 'kind', 'path', 'parent_id']).where('kind', 'in', ['territory', 'grid']).orderBy('sort').orderBy('name').execute();
}

export async function findEnterprisesByUscc(db: Db, usccs: readonly string[]): Promise<Selectable<EnterpriseTable>[]> {
  return inChunks(usccs, (chunk) => db.selectFrom('enterprises').selectAll().where('uscc', 'in', chunk).execute());
}

export type EnterpriseChildren = {
  units: Selectable<EnterpriseUnitTable>[];
  lines: Selectable<InventoryLineTable>[];
  licences: Selectable<EnterpriseLicenceTable>[];
  sites: Selectable<EnterpriseSiteTable>[];
  registerUnitIds: string[];
};

/** Units (in their order), lines (by unit and sort), licences, sites and register rows of some enterprises. */
export async function loadEnterpriseChildren(db: Db, enterpriseIds: readonly string[]): Promise<EnterpriseChildren> {
  const units = await inChunks(enterpriseIds, (c) => db.selectFrom('enterprise_units').selectAll().where('enterprise_id', 'in', c).orderBy('sort').orderBy('name').execute());
  const lines = await inChunks(enterpriseIds, (c) => db.selectFrom('inventory_lines').selectAll().where('enterprise_id', 'in', c).orderBy('unit_id').orderBy('sort').orderBy('id').execute());
  const licences = await inChunks(enterpriseIds, (c) => db.selectFrom('enterprise_licences').selectAll().where('enterprise_id', 'in', c).orderBy('expires_on').orderBy('id').execute());
  const sites = await inChunks(enterpriseIds, (c) => db.selectFrom('enterprise_sites').selectAll().where('enterprise_id', 'in', c).orderBy('sort').orderBy('name').execute());
  const registers = await inChunks(enterpriseIds, (c) => db.selectFrom('major_hazard_register').select('unit_id').where('enterprise_id', 'in', c).execute());
  return { units, lines, licences, sites, registerUnitIds: registers.map((r) => r.unit_id) };
}

/** Active catalog entries: name, aliases (JSON), CAS and hazard symbols. A catalog edition holds a few thousand. */
export async function listActiveCatalogEntries(db: Db): Promise<{ name: string; aliases: string; cas: string | null; hazard_symbols: string | null }[]> {
  return db.selectFrom('catalog_entries as c').innerJoin('catalog_editions as ed', 'ed.id', 'c.edition_id')
    .select(['c.name', 'c.aliases', 'c.cas', 'c.hazard_symbols']).where('ed.active', '=', 1).orderBy('ed.imported_at', 'desc').execute();
}
