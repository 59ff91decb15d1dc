// One checklist template with its items (any version), for every government user.
import type { Db } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import { mayReadTemplates, templateDetail, type ChecklistTemplateDetail } from './checklist-templates.js';

export async function getTemplate(db: Db, actor: Actor, id: string): Promise<ChecklistTemplateDetail> {
  if (!mayReadTemplates(actor)) throw forbidden();
  return templateDetail(db, id);
}
