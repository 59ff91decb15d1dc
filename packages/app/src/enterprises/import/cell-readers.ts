// Reading one cell of an import row into a stored value, reporting what is wrong with it at its sheet, row and
// column. Numbers typed as text and text typed as numbers both read; decimals keep the spelling the user gave
// (the GB 18218 arithmetic reads them exactly), and dates accept Excel dates and the common written forms.
import { isoDateOf } from '@hazgov/domain/shared/iso-date';
import type { ImportProblem } from './import-problem.js';
import { cellText, type Cell, type RawRow } from './read-enterprise-workbook.js';
import { CHOICES, choiceCode, type ChoiceList, type SheetKey } from './workbook-layout.js';

export const MAX_TEXT = 500;

export class RowReader {
  constructor(
    private readonly sheet: SheetKey,
    readonly raw: RawRow,
    private readonly problems: { add: (p: ImportProblem) => void },
  ) {}

  get row(): number {
    return this.raw.row;
  }

  problem(column: string | null, code: string, params: Record<string, string | number> = {}): void {
    this.problems.add({ sheet: this.sheet, row: this.raw.row, column, code, params });
  }

  cell(column: string): Cell {
    return this.raw.cells[column] ?? null;
  }

  /** Trimmed text, NFKC-normalised spaces; null when blank. */
  text(column: string, opts: { required?: boolean; max?: number } = {}): string | null {
    const value = cellText(this.cell(column)).replace(/\s+/g, ' ');
    if (value === '') {
      if (opts.required) this.problem(column, 'ENTERPRISE_IMPORT_REQUIRED');
      return null;
    }
    const max = opts.max ?? MAX_TEXT;
    if (value.length > max) {
      this.problem(column, 'ENTERPRISE_IMPORT_TEXT_TOO_LONG', { max });
      return null;
    }
    return value;
  }

  /** A decimal as typed ('12.50' stays '12.50'); a number cell as its shortest spelling. */
  decimal(column: string): { text: string | null; blank: boolean } {
    const cell = this.cell(column);
    if (cell === null) return { text: null, blank: true };
    if (typeof cell === 'number') return { text: Number.isFinite(cell) ? numberText(cell) : null, blank: false };
    const text = cellText(cell).normalize('NFKC').replace(/[,，\s]/g, '');
    return { text: text === '' ? null : text, blank: text === '' };
  }

  /** A finite number (coordinates), or null with a problem. */
  number(column: string, range?: { min: number; max: number }): number | null | undefined {
    const cell = this.cell(column);
    if (cell === null) return null;
    const value = typeof cell === 'number' ? cell : Number(cellText(cell).normalize('NFKC'));
    if (!Number.isFinite(value) || (typeof cell !== 'number' && cellText(cell) === '') || (range && (value < range.min || value > range.max))) {
      this.problem(column, 'ENTERPRISE_IMPORT_NUMBER_INVALID', { value: cellText(cell) });
      return undefined;
    }
    return value;
  }

  /** A whole number ≥ 0 (staff, people within 500 m), or null when blank. */
  count(column: string): number | null | undefined {
    const cell = this.cell(column);
    if (cell === null) return null;
    const text = typeof cell === 'number' ? String(cell) : cellText(cell).normalize('NFKC').replace(/[,，\s]/g, '');
    if (!/^\d{1,9}$/.test(text)) {
      this.problem(column, 'ENTERPRISE_IMPORT_COUNT_INVALID', { value: cellText(cell) });
      return undefined;
    }
    return Number(text);
  }

  choice(list: ChoiceList, column: string, opts: { required?: boolean } = {}): string | null | undefined {
    const text = this.text(column, opts);
    if (text === null) return null;
    const code = choiceCode(list, text);
    if (code === null) {
      this.problem(column, 'ENTERPRISE_IMPORT_CHOICE_INVALID', { value: text, allowed: CHOICES[list].map((x) => x.zh).join('、') });
      return undefined;
    }
    return code;
  }

  /** 'YYYY-MM-DD' from an Excel date or text such as 2026-05-01, 2026/5/1, 2026.5.1, 2026年5月1日. */
  date(column: string, opts: { required?: boolean } = {}): string | null | undefined {
    const cell = this.cell(column);
    if (cell === null) {
      if (opts.required) this.problem(column, 'ENTERPRISE_IMPORT_REQUIRED');
      return null;
    }
    const parsed = parseDateCell(cell);
    if (parsed === null) {
      this.problem(column, 'ENTERPRISE_IMPORT_DATE_INVALID', { value: cellText(cell) });
      return undefined;
    }
    return parsed;
  }
}

/** The shortest decimal spelling of a number read from a cell (no exponent for the quantities people type). */
export function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

export function parseDateCell(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10); // exceljs: UTC midnight
  if (typeof cell === 'number') {
    // an Excel serial date left unformatted: day 1 = 1900-01-01 (with Excel's 1900 leap-year bug, so 25569 = 1970-01-01)
    if (!Number.isInteger(cell) || cell < 1 || cell > 2958465) return null;
    return new Date(Math.round((cell - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  const text = cellText(cell).normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return null;
  return isoDateOf(Number(m[1]), Number(m[2]), Number(m[3]));
}
