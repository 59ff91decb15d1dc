// The district admin adds a checklist template (version 1). One transaction, audited under checklist_template.
import crypto from 'node:crypto';
import type { ChecklistTemplateInput } from '@hazgov/domain/inspections/checklist-input';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { checkedTemplate, insertTemplateVersion, templateDetail, type ChecklistTemplateDetail } from './checklist-templates.js';

export async function createTemplate(ctx: AppContext, opts: { actor: Actor; input: ChecklistTemplateInput }): Promise<ChecklistTemplateDetail> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const input = await checkedTemplate(ctx.database.db, opts.input);
  const id = crypto.randomUUID();
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    await insertTemplateVersion(trx, { id, input, version: 1, source: 'admin', at, actor: opts.actor, action: 'checklist_template.created' });
    return templateDetail(trx, id);
  });
}
