// Loads the inspection context's settings (inspection_settings rows over the defaults from data/inspections and the
// domain). Every use case that needs criteria, escalation days, deadlines or the public-field policy reads them here.
import type { Db } from '@hazgov/db/database';
import { findInspectionSettings } from '@hazgov/db/inspections/inspection-settings.repository';
import { inspectionSettingKeys, mergePublicFields, type InspectionSettings } from '@hazgov/domain/inspections/settings';
import type { PublicFieldPolicy } from '@hazgov/domain/blacklist/types';
import { defaultInspectionSettings } from './inspection-defaults.js';

export type InspectionSettingsInForce = InspectionSettings & {
  /** Per key: 'default' (the data file / documented default) or 'saved' (an admin's). */
  origin: Record<(typeof inspectionSettingKeys)[number], 'default' | 'saved'>;
  updatedAt: string | null;
  updatedBy: string | null;
};

export async function loadInspectionSettings(db: Db): Promise<InspectionSettings> {
  const { origin: _o, updatedAt: _a, updatedBy: _b, ...settings } = await loadInspectionSettingsInForce(db);
  return settings;
}

/** The settings with where each document came from and who saved last (for the settings pages). */
export async function loadInspectionSettingsInForce(db: Db): Promise<InspectionSettingsInForce> {
  const rows = await findInspectionSettings(db);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const defaults = defaultInspectionSettings();
  const value = <K extends keyof InspectionSettings>(key: K): InspectionSettings[K] => {
    const row = byKey.get(key);
    return row ? (JSON.parse(row.value_json) as InspectionSettings[K]) : defaults[key];
  };
  const latest = [...rows].sort((a, b) => b.updated_at.localeCompare(a.updated_at))[0];
  const origin = Object.fromEntries(inspectionSettingKeys.map((k) => [k, byKey.has(k) ? 'saved' : 'default'])) as InspectionSettingsInForce['origin'];
  return {
    majorCriteria: value('majorCriteria'),
    escalation: { ...defaults.escalation, ...value('escalation') },
    deadlines: { ...defaults.deadlines, ...value('deadlines') },
    blacklistCriteria: value('blacklistCriteria'),
    publicFields: mergePublicFields(value('publicFields') as Partial<PublicFieldPolicy>),
    origin,
    updatedAt: latest?.updated_at ?? null,
    updatedBy: latest?.updated_by ?? null,
  };
}
