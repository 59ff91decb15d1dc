// Scheduler job `blacklist-expiry`: entries whose listing period ended (listed_until < today) become `expired` (audited).
// Idempotent: an expired entry is no longer listed, so a second run finds nothing. The enterprise is told.
import { listEntriesPastListing, updateEntryAtVersion } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { nextEntryStatus } from '@hazgov/domain/blacklist/entry-workflow';
import type { EntryStatus } from '@hazgov/domain/blacklist/types';
import { findEnterpriseById } from '@hazgov/db/enterprises/enterprises.repository';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { notify } from '../notifications/notify.js';
import { changeInBatches } from '../shared/batches.js';
import type { AppContext } from '../shared/context.js';
import { auditedEntry } from './entry-access.js';

const BATCH = 500;

export async function runBlacklistExpiry(ctx: AppContext, asOf: string): Promise<{ expired: number }> {
  const at = ctx.now().toISOString();
  const actor = systemActor('scheduler');
  const expired = await changeInBatches(ctx, BATCH, async (trx, size) => {
    const rows = await listEntriesPastListing(trx, asOf, size);
    let changed = 0;
    for (const e of rows) {
      const to = nextEntryStatus(e.status as EntryStatus, 'expire');
      if (!to || !(await updateEntryAtVersion(trx, e.id, e.version, { status: to, updated_at: at }))) continue;
      changed += 1;
      await recordAudit(trx, { actor, action: 'blacklist_entry.expire', entity: 'blacklist_entry', entityId: e.id, at, before: auditedEntry(e), after: auditedEntry({ ...e, status: to, version: e.version + 1 }) });
      const enterprise = e.enterprise_id ? await findEnterpriseById(trx, e.enterprise_id) : undefined;
      if (enterprise) {
        await notify(trx, [{
          organisationId: enterprise.organisation_id, path: enterprise.path, kind: 'blacklist_expired', title: `失信联合惩戒名单期限届满，已移出：${e.party_name}`,
          body: `名单期限至 ${e.listed_until}`, link: `/blacklist/${e.id}`, dedupeKey: `blacklist-expired:${e.id}`,
        }], at);
      }
    }
    return { fetched: rows.length, changed };
  });
  return { expired };
}
