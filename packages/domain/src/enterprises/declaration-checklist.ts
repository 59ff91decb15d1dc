// What a self-declaration must contain before it can be submitted: the regulator reviews a complete record, so
// every gap is listed at once (not one per attempt), each naming the field — and the unit, for inventory gaps.
import type { ErrorDetail } from '../shared/app-error.js';
import { PRINCIPAL_DUTY } from './enterprise-values.js';

export type DeclarationUnit = {
  name: string;
  /** The stored identification's status: empty | incomplete | below_threshold | needs_population | graded. */
  identificationStatus: string;
};

export type DeclarationRecord = {
  legalRepresentative: string | null;
  address: string | null;
  hasLocation: boolean;
  industry: string | null;
  activities: readonly string[];
  contacts: readonly { duty: string; name: string }[];
  units: readonly DeclarationUnit[];
};

/** Activities that hold hazardous chemicals on site, so the declaration must describe at least one unit. */
const HOLDING_ACTIVITIES = ['production', 'storage'];

export function missingForDeclaration(r: DeclarationRecord): ErrorDetail[] {
  const missing: ErrorDetail[] = [];
  const blank = (s: string | null): boolean => s === null || s.trim() === '';
  if (blank(r.legalRepresentative)) missing.push({ field: 'legalRepresentative', code: 'DECLARATION_LEGAL_REPRESENTATIVE_REQUIRED' });
  if (blank(r.address)) missing.push({ field: 'address', code: 'DECLARATION_ADDRESS_REQUIRED' });
  if (!r.hasLocation) missing.push({ field: 'location', code: 'DECLARATION_LOCATION_REQUIRED' });
  if (blank(r.industry)) missing.push({ field: 'industry', code: 'DECLARATION_INDUSTRY_REQUIRED' });
  if (r.activities.length === 0) missing.push({ field: 'activities', code: 'DECLARATION_ACTIVITY_REQUIRED' });
  if (!r.contacts.some((c) => c.duty.trim() === PRINCIPAL_DUTY && c.name.trim() !== '')) {
    missing.push({ field: 'contacts', code: 'DECLARATION_PRINCIPAL_REQUIRED', params: { duty: PRINCIPAL_DUTY } });
  }
  if (r.units.length === 0 && r.activities.some((a) => HOLDING_ACTIVITIES.includes(a))) missing.push({ field: 'units', code: 'DECLARATION_UNIT_REQUIRED' });
  r.units.forEach((u, i) => {
    const at = { row: i + 1, field: `units.${i}`, params: { row: i + 1, unit: u.name } };
    if (u.identificationStatus === 'empty') missing.push({ ...at, code: 'DECLARATION_UNIT_INVENTORY_EMPTY' });
    if (u.identificationStatus === 'incomplete') missing.push({ ...at, code: 'DECLARATION_UNIT_INVENTORY_INCOMPLETE' });
    if (u.identificationStatus === 'needs_population') missing.push({ ...at, code: 'DECLARATION_UNIT_POPULATION_REQUIRED' });
  });
  return missing;
}
