// Catalog editions and one edition's entries (readable by every signed-in role: the catalog is public reference data).
import { findEdition, listEditionEntries as listEntries, listEditions, type CatalogEditionRow, type CatalogEntryRow } from '@hazgov/db/chemicals/catalog.repository';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';

export async function listCatalogEditions(ctx: AppContext): Promise<CatalogEditionRow[]> {
  return listEditions(ctx.database.db);
}

export async function listEditionEntries(
  ctx: AppContext,
  opts: { editionId: string; q?: string; page: number; pageSize: number },
): Promise<{ edition: CatalogEditionRow; rows: CatalogEntryRow[]; total: number }> {
  const db = ctx.database.db;
  const edition = await findEdition(db, opts.editionId);
  if (!edition) throw notFound('catalog_edition');
  const text = opts.q?.normalize('NFKC').trim() || null;
  const { rows, total } = await listEntries(db, edition.id, { text, limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize });
  return { edition, rows, total };
}
