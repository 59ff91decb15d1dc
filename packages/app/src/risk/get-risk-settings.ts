// The risk settings in force with the documented defaults beside them (any signed-in user: the rules are public).
// `updatedBy` is the display name of whoever saved them last.
import { findUserById } from '@hazgov/db/users/users.repository';
import { defaultAreaRule, defaultSupervisionFrequency } from '@hazgov/domain/risk/area-rule';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import type { Db } from '@hazgov/db/database';
import { loadRiskRules, type RiskRules } from './risk-settings.js';

export type RiskSettingsView = RiskRules & { defaults: RiskRules; updatedAt: string | null; updatedBy: string | null };

export async function getRiskSettings(db: Db): Promise<RiskSettingsView> {
  const rules = await loadRiskRules(db);
  const by = rules.updatedBy ? await findUserById(db, rules.updatedBy) : undefined;
  return {
    bands: rules.bands, areaRule: rules.areaRule, supervisionFrequency: rules.supervisionFrequency,
    defaults: { bands: defaultBands, areaRule: defaultAreaRule, supervisionFrequency: defaultSupervisionFrequency },
    updatedAt: rules.updatedAt,
    updatedBy: by?.display_name ?? rules.updatedBy,
  };
}
