// Catalog editions (危险化学品目录 or a local supplement imported from .xlsx) and their entries. Queries only: the
// import's checks live in domain/chemicals/catalog-edition-rows.ts, the search's ranking in the use case.
import { sql, type Selectable } from 'kysely';
import type { Db } from '../database.js';
import { insertInChunks } from '../plans/bulk-insert.js';
import type { CatalogEditionTable, CatalogEntryTable } from '../schema.js';

export type CatalogEditionRow = Selectable<CatalogEditionTable>;
export type CatalogEntryRow = Selectable<CatalogEntryTable>;
export type CatalogHitRow = CatalogEntryRow & { edition_name: string; edition_source: string };

export async function listEditions(db: Db): Promise<CatalogEditionRow[]> {
  return db.selectFrom('catalog_editions').selectAll().orderBy('imported_at', 'desc').orderBy('id').execute();
}

export async function findEdition(db: Db, id: string): Promise<CatalogEditionRow | undefined> {
  return db.selectFrom('catalog_editions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEdition(db: Db, edition: CatalogEditionRow, entries: readonly CatalogEntryRow[]): Promise<void> {
  await db.insertInto('catalog_editions').values(edition).execute();
  await insertInChunks(db, 'catalog_entries', entries);
}

const likeEscaped = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Entries of active editions whose CAS equals `cas`, or whose name or aliases contain `text` (case-insensitive for
 * Latin letters on both dialects). Aliases are a JSON array: a match inside it is good enough to shortlist.
 */
export async function searchCatalogEntries(db: Db, opts: { text: string | null; cas: string | null; limit: number }): Promise<CatalogHitRow[]> {
  if (opts.text === null && opts.cas === null) return [];
  return db
    .selectFrom('catalog_entries as c')
    .innerJoin('catalog_editions as e', 'e.id', 'c.edition_id')
    .selectAll('c')
    .select(['e.name as edition_name', 'e.source as edition_source'])
    .where('e.active', '=', 1)
    .where((eb) => {
      const ors = [];
      if (opts.cas !== null) ors.push(eb('c.cas', '=', opts.cas));
      if (opts.text !== null) {
        const pattern = likeEscaped(opts.text.toLowerCase());
        ors.push(sql<boolean>`lower(c.name) like ${pattern} escape '\\'`, sql<boolean>`lower(c.aliases) like ${pattern} escape '\\'`);
      }
      return eb.or(ors);
    })
    .orderBy(sql`length(c.name)`)
    .orderBy('c.name')
    .orderBy('c.id')
    .limit(opts.limit)
    .execute();
}

export async function listEditionEntries(db: Db, editionId: string, opts: { text: string | null; limit: number; offset: number }): Promise<{ rows: CatalogEntryRow[]; total: number }> {
  let q = db.selectFrom('catalog_entries as c').where('c.edition_id', '=', editionId);
  if (opts.text !== null) {
    const pattern = likeEscaped(opts.text.toLowerCase());
    q = q.where((eb) => eb.or([
      sql<boolean>`lower(c.name) like ${pattern} escape '\\'`, sql<boolean>`lower(c.aliases) like ${pattern} escape '\\'`, sql<boolean>`c.cas like ${pattern} escape '\\'`,
    ]));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // Entry ids carry the zero-padded file row, so id order is file order.
  const rows = await q.selectAll('c').orderBy('c.id').limit(opts.limit).offset(opts.offset).execute();
  return { rows, total: Number(total.n) };
}
