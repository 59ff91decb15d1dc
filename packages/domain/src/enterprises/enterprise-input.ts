// Checks and normalises an enterprise as typed (EnterpriseInput of the contract) before anything is written: the
// credit code by GB 32100 (length, alphabet, division code and check character each with its own code), the
// location (GCJ-02 converted to WGS-84), contacts and the closed vocabularies. Territory and grid need the database
// and are checked by the use case. Every problem names its field (and contact row), so the form can point at it.
import type { ErrorDetail } from '../shared/app-error.js';
import { parseUscc, type UsccProblem } from './uscc.js';
import { enterpriseActivities, enterpriseStatuses, isOneOf, type EnterpriseActivity, type EnterpriseStatus } from './enterprise-values.js';
import { readLocation, textOrNull, type LocationInput, type StoredLocation } from './location-input.js';

export type ContactInput = { duty: string; name: string; phone?: string | null | undefined };
export type Contact = { duty: string; name: string; phone: string | null };

export type EnterpriseInput = {
  name: string; uscc: string; legalRepresentative?: string | null | undefined; address?: string | null | undefined;
  location?: LocationInput | null | undefined; territoryId: string; gridId?: string | null | undefined; industry?: string | null | undefined;
  activities: readonly string[]; status: string; inChemicalPark: boolean; chemicalPark?: string | null | undefined;
  staffCount?: number | null | undefined; contacts: readonly ContactInput[]; keyProcesses: readonly string[];
};

export type EnterpriseFields = {
  name: string; uscc: string; legalRepresentative: string | null; address: string | null; location: StoredLocation | null;
  territoryId: string; gridId: string | null; industry: string | null; activities: EnterpriseActivity[]; status: EnterpriseStatus;
  inChemicalPark: boolean; chemicalPark: string | null; staffCount: number | null; contacts: Contact[]; keyProcesses: string[];
};

const USCC_CODES: Record<UsccProblem, string> = {
  length: 'ENTERPRISE_USCC_LENGTH',
  charset: 'ENTERPRISE_USCC_CHARSET',
  division_code: 'ENTERPRISE_USCC_DIVISION_CODE',
  check_character: 'ENTERPRISE_USCC_CHECK_CHARACTER',
};

// a phone as people write it: digits with optional +, spaces, dashes, brackets and an extension (转 / ext)
const PHONE = /^\+?[\d\s()（）-]{5,20}((转|ext\.?|x)\d{1,6})?$/i;

export function readEnterpriseInput(input: EnterpriseInput): { value: EnterpriseFields | null; problems: ErrorDetail[] } {
  const problems: ErrorDetail[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'ENTERPRISE_NAME_REQUIRED' });

  const typed = input.uscc.normalize('NFKC').trim().toUpperCase();
  const uscc = parseUscc(input.uscc);
  if (!uscc.ok) problems.push({ field: 'uscc', code: USCC_CODES[uscc.problem], params: { uscc: typed } });

  const location = readLocation(input.location);
  problems.push(...location.problems);

  const activities: EnterpriseActivity[] = [];
  input.activities.forEach((a, i) => {
    if (!isOneOf(enterpriseActivities, a)) problems.push({ field: `activities.${i}`, code: 'ENTERPRISE_ACTIVITY_UNKNOWN', params: { value: a } });
    else if (!activities.includes(a)) activities.push(a);
  });
  if (!isOneOf(enterpriseStatuses, input.status)) problems.push({ field: 'status', code: 'ENTERPRISE_STATUS_UNKNOWN', params: { value: input.status } });

  const staffCount = input.staffCount ?? null;
  if (staffCount !== null && (!Number.isInteger(staffCount) || staffCount < 0)) problems.push({ field: 'staffCount', code: 'ENTERPRISE_STAFF_COUNT_INVALID' });

  const contacts: Contact[] = [];
  input.contacts.forEach((c, i) => {
    const duty = c.duty.trim();
    const contactName = c.name.trim();
    const phone = textOrNull(c.phone);
    const row = i + 1;
    if (duty === '') problems.push({ row, field: `contacts.${i}.duty`, code: 'ENTERPRISE_CONTACT_DUTY_REQUIRED', params: { row } });
    if (contactName === '') problems.push({ row, field: `contacts.${i}.name`, code: 'ENTERPRISE_CONTACT_NAME_REQUIRED', params: { row } });
    if (phone !== null && !PHONE.test(phone)) problems.push({ row, field: `contacts.${i}.phone`, code: 'ENTERPRISE_CONTACT_PHONE_INVALID', params: { row, phone } });
    contacts.push({ duty, name: contactName, phone });
  });

  const keyProcesses = [...new Set(input.keyProcesses.map((p) => p.trim()).filter((p) => p !== ''))];
  const inChemicalPark = input.inChemicalPark;
  const chemicalPark = inChemicalPark ? textOrNull(input.chemicalPark) : null;

  if (problems.length > 0 || !uscc.ok) return { value: null, problems };
  return {
    value: {
      name, uscc: uscc.uscc, legalRepresentative: textOrNull(input.legalRepresentative), address: textOrNull(input.address),
      location: location.value, territoryId: input.territoryId.trim(), gridId: textOrNull(input.gridId), industry: textOrNull(input.industry),
      activities, status: input.status as EnterpriseStatus, inChemicalPark, chemicalPark, staffCount, contacts, keyProcesses,
    },
    problems: [],
  };
}
