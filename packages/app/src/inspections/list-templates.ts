// The checklist templates (every version; by enterprise type and status), for every government user.
import { listChecklistTemplates, type ChecklistTemplateSummaryRow } from '@hazgov/db/inspections/checklist-templates.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { mayReadTemplates } from './checklist-templates.js';

export async function listTemplates(ctx: AppContext, opts: { actor: Actor; enterpriseType?: string | undefined; status?: string | undefined }): Promise<ChecklistTemplateSummaryRow[]> {
  if (!mayReadTemplates(opts.actor)) throw forbidden();
  return listChecklistTemplates(ctx.database.db, { enterpriseType: opts.enterpriseType, status: opts.status });
}
