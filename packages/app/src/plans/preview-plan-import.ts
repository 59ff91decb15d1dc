// First step of importing a plan table (.xlsx/.docx in the 附件1 form): read it, check every row (groups, task
// numbers, units through the directory, deadlines through the parser) and keep the result server-side for an hour
// under an importId. No plan row is written here; the staging row is the only write.
import crypto from 'node:crypto';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { validatePlanImportRows, type ImportProblem, type ImportedItem } from '@hazgov/domain/plans/plan-import-rows';
import { deleteExpiredPlanImports, savePlanImport } from '@hazgov/db/plans/plan-imports.repository';
import { findPlanByCode } from '@hazgov/db/plans/plans.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { readPlanTable, planTableFileError, type TableProblem } from './office/read-plan-table.js';
import { requireVisiblePlan } from './plan-access.js';
import { loadUnitDirectory } from './unit-directory.js';

export const IMPORT_TTL_MS = 60 * 60 * 1000;

/** What the staging row holds: enough to show the preview again and to build the plan on confirmation. */
export type PlanImportPayload = {
  title: string;
  code: string | null;
  parentPlanId: string | null;
  organisationId: string;
  fileName: string;
  groups: { no: number; title: string }[];
  items: (Omit<ImportedItem, 'deadline'> & { deadlineKind: string })[];
  problems: ImportProblem[];
  tableProblems: TableProblem[];
  unknownUnits: string[];
};

export type PlanImportPreview = PlanImportPayload & { importId: string; expiresAt: string };

export type PreviewPlanImportOptions = {
  actor: Actor; scope: Scope; file: Buffer; fileName: string; title: string; code?: string | null | undefined; parentPlanId?: string | null | undefined;
};

export async function previewPlanImport(ctx: AppContext, opts: PreviewPlanImportOptions): Promise<PlanImportPreview> {
  if (opts.actor.role !== 'district_admin' && opts.actor.role !== 'territory') throw new AppError('FORBIDDEN', 'forbidden');
  const title = opts.title.trim();
  if (!title) throw invalid('PLAN_TITLE_REQUIRED', [{ field: 'title', code: 'PLAN_TITLE_REQUIRED' }]);
  // a town imports its own plan, cascading from one it can see; the district may import either kind
  if (opts.actor.role === 'territory' && !opts.parentPlanId) throw invalid('PLAN_PARENT_REQUIRED', [{ field: 'parentPlanId', code: 'PLAN_PARENT_REQUIRED' }]);
  const table = await readPlanTable(opts.file, opts.fileName);
  const fileError = planTableFileError(table);
  if (fileError) throw fileError;

  return inTransaction(ctx, async (trx) => {
    if (opts.parentPlanId) await requireVisiblePlan(trx, opts.parentPlanId, opts.actor, opts.scope);
    const code = opts.code?.trim() || null;
    if (code && (await findPlanByCode(trx, code))) throw new AppError('PLAN_CODE_EXISTS', 'conflict', { code });
    const { directory } = await loadUnitDirectory(trx);
    const checked = table.rows.length > 0 ? validatePlanImportRows(table.rows, directory) : { groups: [], items: [], problems: [], unknownUnits: [] };
    const now = ctx.now();
    const payload: PlanImportPayload = {
      title, code, parentPlanId: opts.parentPlanId ?? null,
      organisationId: opts.actor.role === 'district_admin' && !opts.parentPlanId ? '' : opts.actor.organisationId,
      fileName: opts.fileName,
      groups: checked.groups,
      items: checked.items.map(({ deadline, ...item }) => ({ ...item, deadlineKind: deadline.ok ? deadline.kind : 'unparsed' })),
      problems: checked.problems,
      tableProblems: table.problems,
      unknownUnits: checked.unknownUnits,
    };
    const importId = crypto.randomUUID();
    const expiresAt = new Date(now.getTime() + IMPORT_TTL_MS).toISOString();
    await deleteExpiredPlanImports(trx, now.toISOString());
    await savePlanImport(trx, { id: importId, created_by: opts.actor.userId, created_at: now.toISOString(), expires_at: expiresAt, payload_json: JSON.stringify(payload) });
    await recordAudit(trx, {
      actor: opts.actor, action: 'plan_import.preview', entity: 'plan_import', entityId: importId, at: now.toISOString(),
      after: { fileName: opts.fileName, title, code, items: payload.items.length, problems: payload.problems.length + payload.tableProblems.length, unknownUnits: payload.unknownUnits },
    });
    return { ...payload, importId, expiresAt };
  });
}
