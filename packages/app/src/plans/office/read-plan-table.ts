// Reads the plan table (附件1 form) out of an uploaded .xlsx or .docx. Structure only: unit names and deadline
// wording are checked by the import rules in domain, which need the whole row set and the organisation tree.
import { AppError } from '@hazgov/domain/shared/app-error';
import { sniffOfficeFile } from './office-file.js';
import type { RawPlanRow, TableProblem } from './plan-table.js';
import { readPlanTableDocx } from './read-plan-table-docx.js';
import { readPlanTableXlsx } from './read-plan-table-xlsx.js';

export { MAX_PLAN_TABLE_BYTES } from './office-file.js';
export type { RawPlanRow, TableProblem } from './plan-table.js';

export type PlanTable = { rows: RawPlanRow[]; problems: TableProblem[] };

/**
 * Never throws for bad input: every rejection is a problem with a code, so the import preview can show it.
 * Whole-file problems have row 0 and come alone with no rows.
 */
export async function readPlanTable(file: Buffer, fileName: string): Promise<PlanTable> {
  const sniff = sniffOfficeFile(file, fileName);
  if (!sniff.ok) return { rows: [], problems: [{ row: 0, code: sniff.code, params: sniff.params }] };
  const table = sniff.kind === 'xlsx' ? await readPlanTableXlsx(file) : await readPlanTableDocx(file);
  // The zip looked right but the library could not open it: damaged or not really Office.
  return table ?? { rows: [], problems: [{ row: 0, code: 'not_office_file', params: { hint: 'corrupt' } }] };
}

/**
 * The whole-file problems as the AppError the API maps to 413 / 415 (api-contract); null when the file itself
 * was fine and any problems are about the table, which belong in the import preview.
 */
export function planTableFileError(table: PlanTable): AppError | null {
  const problem = table.problems.find((p) => p.row === 0 && (p.code === 'file_too_large' || p.code === 'not_office_file'));
  if (!problem) return null;
  return problem.code === 'file_too_large'
    ? new AppError('FILE_TOO_LARGE', 'too_large', problem.params ?? {}, [problem])
    : new AppError('NOT_OFFICE_FILE', 'unsupported', problem.params ?? {}, [problem]);
}
