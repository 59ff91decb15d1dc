// Importing a catalog edition from the .xlsx template (district admin): every row is checked first and every
// problem reported with its row, column and reason; nothing is written unless all rows pass. The edition keeps its
// name and source, every entry the source of each of its values (its own column, else the edition's source).
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { insertEdition, type CatalogEditionRow } from '@hazgov/db/chemicals/catalog.repository';
import { readCatalogEdition } from '@hazgov/domain/chemicals/catalog-edition-rows';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { CATALOG_SHEET } from './catalog-edition-template.js';

/** A cell's value as the text a person sees (rich text joined, formulas by their result, numbers as written). */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return null;
  return null;
}

async function readRows(file: Buffer): Promise<(string | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw invalid('CATALOG_FILE_UNREADABLE', [{ field: 'file', code: 'CATALOG_FILE_UNREADABLE' }]);
  }
  const sheet = workbook.getWorksheet(CATALOG_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw invalid('CATALOG_FILE_UNREADABLE', [{ field: 'file', code: 'CATALOG_FILE_UNREADABLE' }]);
  const rows: (string | null)[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: (string | null)[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

export async function importCatalogEdition(
  ctx: AppContext,
  opts: { actor: Actor; file: Buffer; name: string; source: string },
): Promise<CatalogEditionRow> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const name = opts.name.trim();
  const source = opts.source.trim();
  const fieldProblems: ErrorDetail[] = [];
  if (name === '' || name.length > 200) fieldProblems.push({ field: 'name', code: 'CATALOG_EDITION_NAME_REQUIRED' });
  if (source === '' || source.length > 500) fieldProblems.push({ field: 'source', code: 'CATALOG_EDITION_SOURCE_REQUIRED' });
  if (fieldProblems.length > 0) throw invalid(fieldProblems[0]?.code ?? 'VALIDATION_FAILED', fieldProblems);

  const read = readCatalogEdition(await readRows(opts.file), source);
  if (!read.ok) {
    throw invalid('CATALOG_IMPORT_INVALID', read.problems.map((p) => ({ row: p.row, field: p.column, code: p.code, params: { row: p.row, column: p.column, ...p.params } })), { count: read.problems.length });
  }
  const at = ctx.now().toISOString();
  const edition: CatalogEditionRow = {
    id: `ced-${crypto.randomUUID()}`, name, source, imported_at: at, imported_by: opts.actor.userId, entry_count: read.entries.length, active: 1,
  };
  const entries = read.entries.map((e) => ({
    id: `${edition.id}:${String(e.row).padStart(6, '0')}`, edition_id: edition.id, serial: e.serial, name: e.name, aliases: JSON.stringify(e.aliases),
    cas: e.cas, un_number: e.unNumber, hazard_symbols: e.hazardSymbols.length > 0 ? e.hazardSymbols.join(',') : null,
    flags_json: JSON.stringify(e.flags), sources_json: JSON.stringify(e.sources),
  }));
  return inTransaction(ctx, async (trx) => {
    await insertEdition(trx, edition, entries);
    await recordAudit(trx, { actor: opts.actor, action: 'catalog_edition.imported', entity: 'catalog_edition', entityId: edition.id, after: { name, source, entryCount: entries.length }, at });
    return edition;
  });
}
