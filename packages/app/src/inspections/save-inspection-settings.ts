// The district admin saves any of the inspection settings. Each document is checked whole before anything is written
// (domain/inspections/settings.ts names the field of every problem); the save and its audit row are one transaction.
import { upsertInspectionSetting } from '@hazgov/db/inspections/inspection-settings.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { inspectionSettingKeys, validateInspectionSettings } from '@hazgov/domain/inspections/settings';
import { forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadInspectionSettingsInForce, type InspectionSettingsInForce } from './inspection-settings.js';

export async function saveInspectionSettings(ctx: AppContext, opts: { actor: Actor; input: Record<string, unknown> }): Promise<InspectionSettingsInForce> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  validateInspectionSettings(opts.input);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const before = await loadInspectionSettingsInForce(trx);
    const changed: string[] = [];
    for (const key of inspectionSettingKeys) {
      const value = opts.input[key];
      if (value === undefined) continue;
      await upsertInspectionSetting(trx, { key, value_json: JSON.stringify(value), updated_at: at, updated_by: opts.actor.userId });
      changed.push(key);
    }
    const after = await loadInspectionSettingsInForce(trx);
    const pick = (s: InspectionSettingsInForce) => Object.fromEntries(changed.map((k) => [k, s[k as keyof InspectionSettingsInForce]]));
    await recordAudit(trx, {
      actor: opts.actor, action: 'inspection_settings.saved', entity: 'inspection_settings', entityId: 'inspections',
      before: pick(before), after: pick(after), at,
    });
    return after;
  });
}
