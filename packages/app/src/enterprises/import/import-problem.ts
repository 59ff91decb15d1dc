// A problem found in an uploaded enterprise workbook: where (sheet, Excel row, column) and what (a code of
// api/src/enterprises/enterprise-import.messages.ts with its params). Kept as codes so the language is chosen
// when the problem is shown, not when it is found.
import { COLUMNS, SHEETS, headerText, type SheetKey } from './workbook-layout.js';

export type ImportProblem = {
  sheet: SheetKey | null;
  /** the row number Excel shows; null for a problem of the whole file or sheet */
  row: number | null;
  /** a column key of workbook-layout.ts */
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
};

export type ImportLocale = 'zh-CN' | 'en';

/** The problem as a user reads it: the sheet's tab name and the column's header in the user's language. */
export type ImportProblemView = { sheet: string | null; row: number | null; column: string | null; code: string; params: Record<string, string | number> };

export function viewProblem(p: ImportProblem, locale: ImportLocale): ImportProblemView {
  const col = p.sheet && p.column ? COLUMNS[p.sheet].find((x) => x.key === p.column) : undefined;
  return {
    sheet: p.sheet ? SHEETS[p.sheet].zh : null, // the tab name as Excel shows it, whatever the UI language
    row: p.row,
    column: col ? headerText(col, locale === 'en' ? 'en' : 'zh') : p.column,
    code: p.code,
    params: p.params ?? {},
  };
}

/** Collects problems; past the cap only counts them (a file with every row wrong must not flood memory or the UI). */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  private dropped = 0;
  constructor(private readonly cap = 5000) {}
  add(p: ImportProblem): void {
    if (this.items.length < this.cap) this.items.push(p);
    else this.dropped += 1;
  }
  get size(): number {
    return this.items.length + this.dropped;
  }
  /** The list with a closing note when some were left out. */
  all(): ImportProblem[] {
    return this.dropped === 0 ? this.items : [...this.items, { sheet: null, row: null, column: null, code: 'ENTERPRISE_IMPORT_MORE_PROBLEMS', params: { count: this.dropped } }];
  }
}
