// Second step of a file import: the admin has mapped every unknown unit name to an organisation. Refused while any
// other problem remains; otherwise the plan is written in one transaction, the mappings become aliases (so the
// next table with the same spelling imports cleanly) and the staging row is dropped.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { deletePlanImport, findLivePlanImport } from '@hazgov/db/plans/plan-imports.repository';
import { findPlan } from '@hazgov/db/plans/plans.repository';
import { findOrganisationsByIds } from '@hazgov/db/plans/plan-organisations.repository';
import { insertAliasesIfMissing } from '@hazgov/db/plans/unit-aliases.repository';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { chinaDateOf } from './china-date.js';
import { importPlanIn } from './import-plan.js';
import type { PlanImportPayload } from './preview-plan-import.js';

export type ConfirmPlanImportOptions = { actor: Actor; scope: Scope; importId: string; mappings?: Readonly<Record<string, string>> | undefined };

export async function confirmPlanImport(ctx: AppContext, opts: ConfirmPlanImportOptions): Promise<{ planId: string }> {
  const mappings = opts.mappings ?? {};
  return inTransaction(ctx, async (trx) => {
    const now = ctx.now().toISOString();
    const staged = await findLivePlanImport(trx, opts.importId, now);
    if (!staged || staged.created_by !== opts.actor.userId) throw new AppError('PLAN_IMPORT_NOT_FOUND', 'not_found', { importId: opts.importId });
    const payload = JSON.parse(staged.payload_json) as PlanImportPayload;

    const blocking: ErrorDetail[] = [
      ...payload.tableProblems.filter((p) => p.code !== 'unknown_unit').map((p) => ({ row: p.row, ...(p.field ? { field: p.field } : {}), code: `PLAN_TABLE_${p.code.toUpperCase()}`, params: p.params ?? {} })),
      ...payload.problems.filter((p) => p.code !== 'unknown_unit').map((p) => ({ row: p.row, ...(p.field ? { field: p.field } : {}), code: `PLAN_IMPORT_${p.code.toUpperCase()}`, params: p.params })),
    ];
    if (blocking.length) throw invalid('PLAN_IMPORT_HAS_PROBLEMS', blocking, { count: blocking.length });
    const unmapped = payload.unknownUnits.filter((name) => !mappings[name]);
    if (unmapped.length) {
      throw invalid('PLAN_IMPORT_UNMAPPED_UNITS', unmapped.map((name) => ({ field: 'mappings', code: 'PLAN_IMPORT_UNMAPPED_UNIT', params: { name } })), { count: unmapped.length });
    }
    const targetIds = [...new Set(Object.values(mappings))];
    const orgs = await findOrganisationsByIds(trx, targetIds);
    const missing = targetIds.find((id) => !orgs.some((o) => o.id === id));
    if (missing) throw new AppError('ORGANISATION_UNKNOWN', 'input', { id: missing });

    const parent = payload.parentPlanId ? await findPlan(trx, payload.parentPlanId) : undefined;
    if (payload.parentPlanId && !parent) throw new AppError('PLAN_PARENT_NOT_FOUND', 'not_found', { planId: payload.parentPlanId });
    const today = chinaDateOf(ctx.now());
    const result = await importPlanIn(trx, now, {
      actor: opts.actor,
      data: {
        title: payload.title, code: payload.code, issuedOn: today,
        startsOn: parent?.starts_on ?? today, endsOn: parent?.ends_on ?? null,
        quarterlyReports: parent ? { from: parent.reports_from ?? undefined, to: parent.reports_to ?? undefined } : null,
        groups: payload.groups,
        items: payload.items.map((i) => ({
          row: i.row, groupNo: i.groupNo, taskNo: i.taskNo, itemNo: i.itemNo, title: i.title, content: i.content,
          leadText: i.leadText, responsibleText: i.responsibleText, deadlineText: i.deadlineText,
        })),
      },
      organisationId: payload.organisationId || undefined,
      parentPlanId: payload.parentPlanId,
      mappings,
      source: `import:${payload.fileName}`,
    });
    await insertAliasesIfMissing(trx, Object.entries(mappings).filter(([name]) => payload.unknownUnits.includes(name))
      .map(([alias, organisationId]) => ({ alias, organisation_id: organisationId, group_name: null, source: 'admin' })));
    await deletePlanImport(trx, staged.id);
    return { planId: result.planId };
  });
}
