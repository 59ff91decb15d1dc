// The district admin revises a checklist template: version n+1 is inserted and the edited one retired, so every
// inspection keeps the exact items it was filled against. One transaction, audited under checklist_template.
import crypto from 'node:crypto';
import { findChecklistTemplate, retireChecklistTemplate } from '@hazgov/db/inspections/checklist-templates.repository';
import type { ChecklistTemplateInput } from '@hazgov/domain/inspections/checklist-input';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { checkedTemplate, insertTemplateVersion, templateDetail, type ChecklistTemplateDetail } from './checklist-templates.js';

/** An edit makes version n+1 and retires the edited one; inspections keep the version they were filled against. */
export async function updateTemplate(ctx: AppContext, opts: { actor: Actor; id: string; input: ChecklistTemplateInput }): Promise<ChecklistTemplateDetail> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const input = await checkedTemplate(ctx.database.db, opts.input);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const old = await findChecklistTemplate(trx, opts.id);
    if (!old) throw notFound('checklist_template');
    if (old.status !== 'active') throw new AppError('CHECKLIST_TEMPLATE_RETIRED', 'conflict', { version: old.version });
    await retireChecklistTemplate(trx, old.id, at);
    const id = crypto.randomUUID();
    await insertTemplateVersion(trx, {
      id, input, version: old.version + 1, source: 'admin', at, actor: opts.actor, action: 'checklist_template.revised',
      before: { id: old.id, version: old.version, name: old.name },
    });
    return templateDetail(trx, id);
  });
}
