// The documented defaults of the inspection settings: the criteria lists from data/inspections (each criterion carries
// its file's source and `verified: false`, so the pages can say "未核实"), escalation and deadlines from the domain,
// the public-field policy from domain/blacklist/public-fields.ts.
import majorData from '../../../../data/inspections/major-criteria.json';
import blacklistData from '../../../../data/inspections/blacklist-criteria.json';
import { defaultPublicFields } from '@hazgov/domain/blacklist/public-fields';
import { defaultDeadlines, defaultEscalation, type InspectionSettings } from '@hazgov/domain/inspections/settings';

export function defaultInspectionSettings(): InspectionSettings {
  return {
    majorCriteria: majorData.criteria.map((c) => ({ key: c.key, text: c.text, basis: majorData.source, verified: majorData.verified })),
    escalation: { ...defaultEscalation },
    deadlines: { ...defaultDeadlines },
    blacklistCriteria: blacklistData.criteria.map((c) => ({
      key: c.key, text: c.text, basis: blacklistData.source, verified: blacklistData.verified, durationMonths: blacklistData.defaultDurationMonths,
    })),
    publicFields: structuredClone(defaultPublicFields),
  };
}
