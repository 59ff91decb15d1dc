// The hidden-danger settings as the form holds them — the same nesting as the API (escalation.territoryDays,
// majorCriteria.3.text), so the server's field errors land under their fields as they are — and the rules the form
// checks before the server does: levels in order (territory ≤ department ≤ district), a major period at least as long
// as a general one, criterion keys unique. Pure.
import type { DeadlineDefaults } from '@hazgov/domain/inspections/settings';
import type { EscalationRule, InspectionSettingsView, MajorCriterion } from '../api/hidden-dangers.types';

export type SettingsValues = { escalation: EscalationRule; deadlines: DeadlineDefaults; majorCriteria: MajorCriterion[] };

export function valuesOf(s: InspectionSettingsView): SettingsValues {
  return { escalation: { ...s.escalation }, deadlines: { generalDays: s.deadlines?.generalDays ?? 15, majorDays: s.deadlines?.majorDays ?? 60 }, majorCriteria: s.majorCriteria.map((c) => ({ ...c })) };
}

export type FormProblemAt = { name: (string | number)[]; key: 'order' | 'majorShorter' | 'duplicateKey' };

export function checkSettings(v: SettingsValues): FormProblemAt[] {
  const out: FormProblemAt[] = [];
  if (v.escalation.departmentDays < v.escalation.territoryDays) out.push({ name: ['escalation', 'departmentDays'], key: 'order' });
  if (v.escalation.districtDays < v.escalation.departmentDays) out.push({ name: ['escalation', 'districtDays'], key: 'order' });
  if (v.deadlines.majorDays < v.deadlines.generalDays) out.push({ name: ['deadlines', 'majorDays'], key: 'majorShorter' });
  const seen = new Set<string>();
  v.majorCriteria.forEach((c, i) => {
    const k = c.key.trim();
    if (seen.has(k)) out.push({ name: ['majorCriteria', i, 'key'], key: 'duplicateKey' });
    seen.add(k);
  });
  return out;
}

/** What goes to PUT /api/inspections/settings: trimmed texts, the rest as typed. */
export function inputOf(v: SettingsValues): SettingsValues {
  return {
    escalation: v.escalation, deadlines: v.deadlines,
    majorCriteria: v.majorCriteria.map((c) => ({ key: c.key.trim(), text: c.text.trim(), basis: c.basis.trim(), verified: !!c.verified })),
  };
}
