// Scheduler step: rectification orders past their deadline and not complied with become `overdue` (audited, notified once).
// Idempotent: an order already overdue is no longer `issued`, so a second run that day finds nothing.
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { listOrdersPastDeadline, updateCaseAtVersion } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { nextCaseStatus } from '@hazgov/domain/enforcement/case-workflow';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { notify } from '../notifications/notify.js';
import { changeInBatches } from '../shared/batches.js';
import type { AppContext } from '../shared/context.js';
import { auditedCase } from './case-access.js';

const BATCH = 500;

export async function runOrderDeadlineCheck(ctx: AppContext, asOf: string): Promise<{ overdue: number }> {
  const at = ctx.now().toISOString();
  const actor = systemActor('scheduler');
  const overdue = await changeInBatches(ctx, BATCH, async (trx, size) => {
    const rows = await listOrdersPastDeadline(trx, asOf, size);
    let changed = 0;
    for (const c of rows) {
      const to = nextCaseStatus('rectification_order', 'issued', 'mark_overdue')!;
      if (!(await updateCaseAtVersion(trx, c.id, c.version, { status: to, updated_at: at }))) continue;
      changed += 1;
      await recordAudit(trx, { actor, action: 'enforcement_case.mark_overdue', entity: 'enforcement_case', entityId: c.id, at, before: auditedCase(c), after: auditedCase({ ...c, status: to, version: c.version + 1 }) });
      const orgPath = (await findOrganisationById(trx, c.organisation_id))?.path;
      await notify(trx, [
        { organisationId: c.enterprise_organisation_id, path: c.path, kind: 'enforcement_overdue', title: `整改指令已逾期：${c.enterprise_name}（期限 ${c.deadline}）`, body: c.facts.slice(0, 200), link: `/enforcement/${c.id}`, dedupeKey: `enforcement-overdue:${c.id}` },
        ...(orgPath ? [{ organisationId: c.organisation_id, path: orgPath, kind: 'enforcement_overdue', title: `整改指令已逾期：${c.enterprise_name}（期限 ${c.deadline}）`, body: c.facts.slice(0, 200), link: `/enforcement/${c.id}`, dedupeKey: `enforcement-overdue-org:${c.id}` }] : []),
      ], at);
    }
    return { fetched: rows.length, changed };
  });
  return { overdue };
}
