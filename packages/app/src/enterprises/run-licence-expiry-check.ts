// Licence expiry warnings, raised by the scheduler by itself: when a licence comes within 90 days of expiry, and
// again within 30, the enterprise and its territory are told — once per licence, threshold and expiry date (the
// dedupe key carries all three, so a rerun sends nothing twice and a renewed licence is warned about again).
// A licence first seen already inside 30 days gets the 30-day warning only; an expired one gets none.
import type { Db } from '@hazgov/db/database';
import { listLicencesExpiringBetween } from '@hazgov/db/enterprises/licence-expiry.repository';
import { licenceStateOn, licenceWarningDue } from '@hazgov/domain/enterprises/licence-state';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import { addDays } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export const LICENCE_EXPIRY_JOB = 'enterprises.licence-expiry';

const KIND_ZH: Readonly<Record<string, string>> = {
  safety_production: '安全生产许可证', hazchem_trade: '危险化学品经营许可证', safe_use: '危险化学品安全使用许可证', registration: '危险化学品登记证', other: '许可证',
};

export type LicenceExpiryResult = { asOf: string; licences: number; notifications: number };

export async function runLicenceExpiryCheck(ctx: AppContext, asOf: string): Promise<LicenceExpiryResult> {
  return inTransaction(ctx, async (trx: Db) => {
    const at = ctx.now().toISOString();
    const drafts: NotificationDraft[] = [];
    const licences = await listLicencesExpiringBetween(trx, asOf, addDays(asOf, 90));
    for (const l of licences) {
      const threshold = licenceWarningDue(l.expires_on, asOf);
      if (threshold === null) continue;
      const { daysToExpiry } = licenceStateOn(l.expires_on, asOf);
      const kind = KIND_ZH[l.kind] ?? KIND_ZH.other;
      const title = `${l.enterprise_name}的${kind}（${l.number}）将于 ${l.expires_on} 到期`;
      const body = `距到期还有 ${daysToExpiry} 天（${threshold} 天提醒），请及时办理延续手续并更新许可证信息。`;
      const link = `/enterprises/${encodeURIComponent(l.enterprise_id)}`;
      for (const to of [{ id: l.organisation_id, path: l.path }, { id: l.territory_id, path: l.territory_path }]) {
        drafts.push({ organisationId: to.id, path: to.path, kind: `licence_expiring_${threshold}`, title, body, link,
          dedupeKey: `licence-expiry:${l.id}:${threshold}:${l.expires_on}:${to.id}` });
      }
    }
    const notifications = await notify(trx, drafts, at);
    const result: LicenceExpiryResult = { asOf, licences: licences.length, notifications };
    if (notifications > 0) {
      await recordAudit(trx, { actor: systemActor('scheduler'), action: 'scheduler.licence-expiry-check', entity: 'job_run', entityId: LICENCE_EXPIRY_JOB, after: result, at });
    }
    return result;
  });
}
