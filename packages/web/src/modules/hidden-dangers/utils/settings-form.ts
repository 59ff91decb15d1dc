// The escalation and deadline days as the settings form holds them, and the one rule the form checks before the
// server does: the levels come in order (territory ≤ department ≤ district). Pure.
export type DaysValues = { territoryDays: number; departmentDays: number; districtDays: number; generalDays: number; majorDays: number };

/** The field that breaks the order, or null. */
export function checkDays(v: DaysValues): keyof DaysValues | null {
  if (v.departmentDays < v.territoryDays) return 'departmentDays';
  if (v.districtDays < v.departmentDays) return 'districtDays';
  return null;
}
