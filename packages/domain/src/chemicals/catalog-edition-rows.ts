// Reading a catalog edition (危险化学品目录 or a local supplement) from the rows of its .xlsx template: the header is
// recognised by its column keys (serial, name, cas …) or their Chinese labels, every problem is reported with its row,
// column and code, and every value keeps its source: its own `<column>_source` cell, else the row's `source` cell,
// else the edition's source (given at upload). All or nothing: one problem and no entry is returned.
import { parseHazardSymbol, type HazardSymbol } from '../major-hazards/gb18218-tables.js';
import { parseCasNumber } from './cas-number.js';
import { chemicalNameKey } from './chemical-name.js';

export const catalogValueColumns = ['serial', 'name', 'aliases', 'cas', 'un_number', 'hazard_symbols'] as const;
export const catalogFlagColumns = ['highly_toxic', 'explosive_precursor', 'key_supervised', 'specially_controlled', 'drug_precursor'] as const;
export type CatalogValueColumn = (typeof catalogValueColumns)[number];
export type CatalogFlagColumn = (typeof catalogFlagColumns)[number];
export type CatalogColumn = CatalogValueColumn | CatalogFlagColumn | 'source';

/** Column key → Chinese label, in template order. */
export const catalogColumnLabels: Readonly<Record<CatalogColumn, string>> = {
  serial: '序号', name: '品名', aliases: '别名', cas: 'CAS号', un_number: 'UN号', hazard_symbols: '危险性类别',
  highly_toxic: '剧毒', explosive_precursor: '易制爆', key_supervised: '重点监管', specially_controlled: '特别管控', drug_precursor: '易制毒',
  source: '来源',
};

/** The flag columns as the API's flag keys. */
export const flagKeyOfColumn: Readonly<Record<CatalogFlagColumn, string>> = {
  highly_toxic: 'highlyToxic', explosive_precursor: 'explosivePrecursor', key_supervised: 'keySupervised',
  specially_controlled: 'speciallyControlled', drug_precursor: 'drugPrecursor',
};

export type CatalogEditionEntry = {
  /** Spreadsheet row number (1-based, header included). */
  row: number;
  serial: string | null;
  name: string;
  aliases: string[];
  cas: string | null;
  unNumber: string | null;
  hazardSymbols: HazardSymbol[];
  /** Only the flags the row states: true (是) or false (否). */
  flags: Record<string, boolean>;
  /** Where each stated value came from. */
  sources: Record<string, string>;
};

export const catalogProblemCodes = [
  'CATALOG_HEADER_MISSING', 'CATALOG_EMPTY', 'CATALOG_TOO_MANY_ROWS', 'CATALOG_NAME_REQUIRED', 'CAS_FORMAT', 'CAS_CHECK_DIGIT',
  'HAZARD_SYMBOL_UNKNOWN', 'UN_NUMBER_INVALID', 'CATALOG_FLAG_INVALID', 'CATALOG_DUPLICATE',
] as const;
export type CatalogProblemCode = (typeof catalogProblemCodes)[number];
export type CatalogProblem = { row: number; column: string; code: CatalogProblemCode; params?: Record<string, string | number> };

export const MAX_CATALOG_ROWS = 20_000;

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗']);
const LIST_SEPARATORS = /[;；、\n]+/;
const SYMBOL_SEPARATORS = /[,，;；、\s]+/;

// Cells are kept as typed (trimmed): names and sources are shown as the source prints them; codes normalise themselves.
const cellText = (v: string | null | undefined): string => (v ?? '').trim();
const nfkc = (s: string): string => s.normalize('NFKC').trim();

/** Which column each header cell is: "cas", "CAS号", "CAS号 cas", "cas_source" …; unknown headers are ignored. */
export function readCatalogHeader(header: readonly (string | null)[]): Map<number, string> {
  const columns = new Map<number, string>();
  const keys: string[] = [...catalogValueColumns, ...catalogFlagColumns, 'source'];
  header.forEach((cell, index) => {
    const text = nfkc(cellText(cell)).toLowerCase();
    if (text === '') return;
    const sourceOf = /([a-z_]+)_source\b/.exec(text)?.[1];
    if (sourceOf && keys.includes(sourceOf)) { columns.set(index, `${sourceOf}_source`); return; }
    const byKey = keys.find((k) => new RegExp(`(^|[^a-z_])${k}($|[^a-z_])`).test(text));
    const byLabel = keys.find((k) => text.replace(/\s+/g, '') === catalogColumnLabels[k as CatalogColumn].toLowerCase());
    const key = byKey ?? byLabel;
    if (key && ![...columns.values()].includes(key)) columns.set(index, key);
  });
  return columns;
}

export function readCatalogEdition(
  rows: readonly (readonly (string | null)[])[],
  editionSource: string,
): { ok: true; entries: CatalogEditionEntry[] } | { ok: false; problems: CatalogProblem[] } {
  const [header = [], ...body] = rows;
  const columns = readCatalogHeader(header);
  const present = new Set(columns.values());
  if (!present.has('name')) return { ok: false, problems: [{ row: 1, column: 'name', code: 'CATALOG_HEADER_MISSING', params: { column: 'name 品名' } }] };

  const problems: CatalogProblem[] = [];
  const entries: CatalogEditionEntry[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const get = (key: string): string => {
      for (const [index, k] of columns) if (k === key) return cellText(cells[index]);
      return '';
    };
    if ([...columns.keys()].every((index) => cellText(cells[index]) === '')) return; // blank line
    const add = (column: string, code: CatalogProblemCode, params?: Record<string, string | number>) => problems.push({ row, column, code, ...(params ? { params } : {}) });

    const name = get('name');
    if (name === '') add('name', 'CATALOG_NAME_REQUIRED');
    let cas: string | null = null;
    if (get('cas') !== '') {
      const parsed = parseCasNumber(get('cas'));
      if (parsed.ok) cas = parsed.cas;
      else add('cas', parsed.problem === 'check_digit' ? 'CAS_CHECK_DIGIT' : 'CAS_FORMAT', { cas: get('cas') });
    }
    const un = nfkc(get('un_number')).replace(/^UN\s*/i, '');
    if (un !== '' && !/^\d{4}$/.test(un)) add('un_number', 'UN_NUMBER_INVALID', { value: get('un_number') });
    const hazardSymbols: HazardSymbol[] = [];
    for (const text of get('hazard_symbols').split(SYMBOL_SEPARATORS).filter(Boolean)) {
      const symbol = parseHazardSymbol(text);
      if (!symbol) add('hazard_symbols', 'HAZARD_SYMBOL_UNKNOWN', { symbol: text });
      else if (!hazardSymbols.includes(symbol)) hazardSymbols.push(symbol);
    }
    const flags: Record<string, boolean> = {};
    for (const column of catalogFlagColumns) {
      const text = nfkc(get(column)).toUpperCase();
      if (text === '') continue;
      if (YES.has(text)) flags[flagKeyOfColumn[column]] = true;
      else if (NO.has(text)) flags[flagKeyOfColumn[column]] = false;
      else add(column, 'CATALOG_FLAG_INVALID', { value: get(column) });
    }
    if (name !== '') {
      const key = `${chemicalNameKey(name)}|${cas ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) add('name', 'CATALOG_DUPLICATE', { firstRow: first });
      else seen.set(key, row);
    }

    const rowSource = get('source') || editionSource;
    const sources: Record<string, string> = {};
    for (const column of [...catalogValueColumns, ...catalogFlagColumns]) {
      if (get(column) !== '') sources[column] = get(`${column}_source`) || rowSource;
    }
    entries.push({
      row, serial: get('serial') || null, name, aliases: get('aliases').split(LIST_SEPARATORS).map((a) => a.trim()).filter(Boolean),
      cas, unNumber: un === '' ? null : un, hazardSymbols, flags, sources,
    });
  });
  if (entries.length > MAX_CATALOG_ROWS) return { ok: false, problems: [{ row: MAX_CATALOG_ROWS + 2, column: 'name', code: 'CATALOG_TOO_MANY_ROWS', params: { max: MAX_CATALOG_ROWS } }] };
  if (problems.length > 0) return { ok: false, problems };
  if (entries.length === 0) return { ok: false, problems: [{ row: 2, column: 'name', code: 'CATALOG_EMPTY' }] };
  return { ok: true, entries };
}
