// Loads the starter checklist templates (data/inspections/checklists.json) when the installation has none. Idempotent:
// once any template exists (starter or an admin's) nothing is loaded, so an admin's deletions and edits stand.
import starter from '../../../../data/inspections/checklists.json';
import { countChecklistTemplates } from '@hazgov/db/inspections/checklist-templates.repository';
import { checkChecklistTemplate, type ChecklistTemplateInput } from '@hazgov/domain/inspections/checklist-input';
import { systemActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadInspectionSettings } from './inspection-settings.js';
import { insertTemplateVersion } from './checklist-templates.js';

/** Starter template ids are stable (`starter-<type>-v<file version>`) so demo data and tests can name them. */
export const starterTemplateId = (enterpriseType: string): string => `starter-${enterpriseType}-v${starter.version}`;

export async function ensureStarterChecklists(ctx: AppContext): Promise<{ loaded: number }> {
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    if ((await countChecklistTemplates(trx)) > 0) return { loaded: 0 };
    const majorKeys = (await loadInspectionSettings(trx)).majorCriteria.map((c) => c.key);
    for (const t of starter.templates) {
      const input = checkChecklistTemplate(t as ChecklistTemplateInput, majorKeys); // the file is checked like an admin's edit
      await insertTemplateVersion(trx, {
        id: starterTemplateId(t.enterpriseType), input, version: 1, source: 'starter', at,
        actor: systemActor('starter checklists'), action: 'checklist_template.loaded',
      });
    }
    return { loaded: starter.templates.length };
  });
}
