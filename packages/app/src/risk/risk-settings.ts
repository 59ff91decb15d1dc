// The risk rules in force: the district's saved settings (risk_settings) or the documented defaults. Every reader of
// a band, the area rule or a supervision frequency goes through here.
import type { Db } from '@hazgov/db/database';
import { findRiskSettings } from '@hazgov/db/risk/risk-settings.repository';
import { defaultAreaRule, defaultSupervisionFrequency } from '@hazgov/domain/risk/area-rule';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import type { AreaRule, RiskBands, SupervisionFrequency } from '@hazgov/domain/risk/types';

export const RISK_SETTING_KEYS = { bands: 'bands', areaRule: 'area_rule', supervisionFrequency: 'supervision_frequency' } as const;

export type RiskRules = { bands: RiskBands; areaRule: AreaRule; supervisionFrequency: SupervisionFrequency };
export type RiskRulesInForce = RiskRules & { updatedAt: string | null; updatedBy: string | null };

export async function loadBands(db: Db): Promise<RiskBands> {
  return (await loadRiskRules(db)).bands;
}

export async function loadAreaRule(db: Db): Promise<AreaRule> {
  return (await loadRiskRules(db)).areaRule;
}

export async function loadSupervisionFrequency(db: Db): Promise<SupervisionFrequency> {
  return (await loadRiskRules(db)).supervisionFrequency;
}

/** All three documents in one query; `updatedAt`/`updatedBy` of the latest saved one (null while all are defaults). */
export async function loadRiskRules(db: Db): Promise<RiskRulesInForce> {
  const rows = await findRiskSettings(db, Object.values(RISK_SETTING_KEYS));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const value = <T>(key: string, fallback: T): T => {
    const row = byKey.get(key);
    return row ? (JSON.parse(row.value_json) as T) : fallback;
  };
  const latest = [...rows].sort((a, b) => b.updated_at.localeCompare(a.updated_at))[0];
  return {
    bands: value(RISK_SETTING_KEYS.bands, defaultBands),
    areaRule: value(RISK_SETTING_KEYS.areaRule, defaultAreaRule),
    supervisionFrequency: value(RISK_SETTING_KEYS.supervisionFrequency, defaultSupervisionFrequency),
    updatedAt: latest?.updated_at ?? null,
    updatedBy: latest?.updated_by ?? null,
  };
}
