// The 企业 sheet: each row read into an EnterpriseRecord, with every problem of the row reported (the row is still
// checked to the end, so one upload lists everything to fix). Rules: a valid and unique credit code; a territory
// the actor may write to, and a grid cell inside it; coordinates both or neither, GCJ-02 converted to WGS-84.
import { readEnterpriseInput } from '@hazgov/domain/enterprises/enterprise-input';
import type { LocationInput } from '@hazgov/domain/enterprises/location-input';
import { parseUscc } from '@hazgov/domain/enterprises/uscc';
import type { ErrorDetail } from '@hazgov/domain/shared/app-error';
import { RowReader } from './cell-readers.js';
import type { ProblemList } from './import-problem.js';
import type { Contact, EnterpriseRecord, ImportLookups, Place } from './import-model.js';
import type { RawRow } from './read-enterprise-workbook.js';
import { CHOICES, choiceCode } from './workbook-layout.js';

const LIST_SPLIT = /[,，、;；\n]+/;

/** A credit code cell as stored (upper case), or null after reporting why not. */
export function readUscc(r: RowReader): string | null {
  const text = r.text('uscc', { required: true, max: 40 });
  if (text === null) return null;
  const parsed = parseUscc(text);
  if (!parsed.ok) {
    r.problem('uscc', parsed.problem === 'check_character' ? 'ENTERPRISE_IMPORT_USCC_CHECK' : 'ENTERPRISE_IMPORT_USCC_FORMAT', { value: text });
    return null;
  }
  return parsed.uscc;
}

function readPlace(r: RowReader, lookups: ImportLookups): { territory: Place | null; grid: Place | null } {
  const territoryText = r.text('territory', { required: true, max: 100 });
  const gridText = r.text('grid', { max: 100 });
  const territory = territoryText === null ? null : lookups.territories.get(territoryText) ?? null;
  if (territoryText !== null && !territory) r.problem('territory', 'ENTERPRISE_IMPORT_TERRITORY_UNKNOWN', { value: territoryText });
  const grid = gridText === null ? null : lookups.grids.get(gridText) ?? null;
  if (gridText !== null && !grid) r.problem('grid', 'ENTERPRISE_IMPORT_GRID_UNKNOWN', { value: gridText });
  if (territory && grid && grid.parentId !== territory.id) {
    r.problem('grid', 'ENTERPRISE_IMPORT_GRID_NOT_IN_TERRITORY', { grid: grid.name, territory: territory.name });
    return { territory, grid: null };
  }
  if (territory && !lookups.inScope((grid ?? territory).path)) {
    r.problem(grid ? 'grid' : 'territory', 'ENTERPRISE_IMPORT_TERRITORY_OUT_OF_SCOPE', { value: (grid ?? territory).name });
    return { territory: null, grid: null };
  }
  return { territory, grid };
}

/** Both coordinates or neither, as typed (converted by the domain's readLocation). undefined = a problem was reported. */
export function readLocationCells(r: RowReader): LocationInput | null | undefined {
  const lng = r.number('lng', { min: -180, max: 180 });
  const lat = r.number('lat', { min: -90, max: 90 });
  const crs = r.choice('crs', 'crs');
  if (lng === undefined || lat === undefined || crs === undefined) return undefined;
  if (lng === null && lat === null) return null;
  if (lng === null || lat === null) {
    r.problem(lng === null ? 'lng' : 'lat', 'ENTERPRISE_IMPORT_COORDINATE_PAIR');
    return undefined;
  }
  return { lng, lat, crs: crs === 'gcj02' ? 'gcj02' : 'wgs84' };
}

/** Problems of the domain's own checks (the ones the enterprise form gets), at the sheet's columns. */
export function reportDomainProblems(r: RowReader, problems: readonly ErrorDetail[]): void {
  for (const p of problems) {
    const field = (p.field ?? '').split('.')[0] ?? '';
    const column = field === 'location' ? 'lng' : field;
    r.problem(column || null, DOMAIN_CODES[p.code] ?? p.code, p.params ?? {});
  }
}

const DOMAIN_CODES: Record<string, string> = {
  ENTERPRISE_CONTACT_PHONE_INVALID: 'ENTERPRISE_IMPORT_CONTACT_PHONE_INVALID',
  LOCATION_GCJ02_OUTSIDE_CHINA: 'ENTERPRISE_IMPORT_GCJ02_OUTSIDE_CHINA',
  LOCATION_OUT_OF_RANGE: 'ENTERPRISE_IMPORT_NUMBER_INVALID',
  INVENTORY_CHEMICAL_NAME_REQUIRED: 'ENTERPRISE_IMPORT_REQUIRED',
  INVENTORY_CAS_CHECK_DIGIT: 'ENTERPRISE_IMPORT_CAS_CHECK',
  INVENTORY_CAS_FORMAT: 'ENTERPRISE_IMPORT_CAS_FORMAT',
  INVENTORY_QUANTITY_INVALID: 'ENTERPRISE_IMPORT_QUANTITY_INVALID',
  INVENTORY_QUANTITY_NEGATIVE: 'ENTERPRISE_IMPORT_QUANTITY_NEGATIVE',
  INVENTORY_UNIT_UNKNOWN: 'ENTERPRISE_IMPORT_UNIT_OF_MEASURE_UNKNOWN',
  INVENTORY_DENSITY_INVALID: 'ENTERPRISE_IMPORT_DENSITY_INVALID',
  INVENTORY_DENSITY_UNIT_UNKNOWN: 'ENTERPRISE_IMPORT_DENSITY_UNIT_UNKNOWN',
  INVENTORY_DENSITY_REQUIRED: 'ENTERPRISE_IMPORT_DENSITY_MISSING',
  INVENTORY_DENSITY_UNIT_REQUIRED: 'ENTERPRISE_IMPORT_DENSITY_UNIT_REQUIRED',
  INVENTORY_HAZARD_SYMBOL_UNKNOWN: 'ENTERPRISE_IMPORT_HAZARD_SYMBOL_UNKNOWN',
  INVENTORY_BETA_SYMBOL_UNKNOWN: 'ENTERPRISE_IMPORT_HAZARD_SYMBOL_UNKNOWN',
  INVENTORY_BETA_SYMBOL_NOT_AMONG_CATEGORIES: 'ENTERPRISE_IMPORT_BETA_NOT_AMONG',
  INVENTORY_TABLE1_ROW_UNKNOWN: 'ENTERPRISE_IMPORT_TABLE1_ROW_UNKNOWN',
  INVENTORY_TABLE1_CONFLICT: 'ENTERPRISE_IMPORT_TABLE1_CONFLICT',
  INVENTORY_PHYSICAL_STATE_UNKNOWN: 'ENTERPRISE_IMPORT_CHOICE_INVALID',
  INVENTORY_CHEMICAL_UNKNOWN: 'ENTERPRISE_IMPORT_CHEMICAL_UNKNOWN',
};

function readActivities(r: RowReader): string[] | undefined {
  const text = r.text('activities', { required: true });
  if (text === null) return undefined;
  const codes = new Set<string>();
  for (const part of text.split(/[,，、;；\s]+/).filter(Boolean)) {
    const code = choiceCode('activity', part);
    if (!code) {
      r.problem('activities', 'ENTERPRISE_IMPORT_CHOICE_INVALID', { value: part, allowed: CHOICES.activity.map((a) => a.zh).join('、') });
      return undefined;
    }
    codes.add(code);
  }
  return CHOICES.activity.map((a) => a.code as string).filter((code) => codes.has(code)); // stored in one order
}

/** '主要负责人 张三 13800000000；安全负责人 李四' → [{duty, name, phone}]. */
export function readContacts(r: RowReader): Contact[] | undefined {
  const text = r.text('contacts', { max: 2000 });
  if (text === null) return [];
  const contacts: Contact[] = [];
  for (const entry of text.split(/[;；\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const [duty, name, ...phone] = entry.split(/[\s:：,，]+/).filter(Boolean);
    if (!duty || !name) {
      r.problem('contacts', 'ENTERPRISE_IMPORT_CONTACT_INVALID', { value: entry });
      return undefined;
    }
    contacts.push({ duty, name, phone: phone.length > 0 ? phone.join(' ') : null });
  }
  return contacts;
}

export function checkEnterpriseRows(rows: readonly RawRow[], lookups: ImportLookups, problems: ProblemList): EnterpriseRecord[] {
  const out: EnterpriseRecord[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of rows) {
    const before = problems.size;
    const r = new RowReader('enterprises', raw, problems);
    const name = r.text('name', { required: true, max: 200 });
    const uscc = readUscc(r);
    if (uscc !== null) {
      const first = firstRowOf.get(uscc);
      if (first !== undefined) r.problem('uscc', 'ENTERPRISE_IMPORT_USCC_DUPLICATE', { value: uscc, firstRow: first });
      else firstRowOf.set(uscc, raw.row);
      const existing = lookups.existing.get(uscc);
      if (existing && !lookups.inScope(existing.path)) r.problem('uscc', 'ENTERPRISE_IMPORT_USCC_TAKEN', { value: uscc });
    }
    const { territory, grid } = readPlace(r, lookups);
    const location = readLocationCells(r);
    const activities = readActivities(r);
    const status = r.choice('status', 'status', { required: true });
    const inPark = r.choice('yesNo', 'inChemicalPark');
    const staffCount = r.count('staffCount');
    const contacts = readContacts(r);
    const legalRepresentative = r.text('legalRepresentative', { max: 100 });
    const address = r.text('address');
    const industry = r.text('industry', { max: 100 });
    const chemicalPark = r.text('chemicalPark', { max: 200 });
    const keyProcesses = (r.text('keyProcesses', { max: 2000 }) ?? '').split(LIST_SPLIT).map((s) => s.trim()).filter(Boolean);
    if (problems.size > before || name === null || uscc === null || !territory || location === undefined || !activities || !status
      || inPark === undefined || staffCount === undefined || !contacts) continue;
    // the rules the enterprise form applies (phone format, GCJ-02 only inside China …), with the same outcome
    const checked = readEnterpriseInput({
      name, uscc, legalRepresentative, address, location, territoryId: territory.id, gridId: grid?.id ?? null, industry, activities, status,
      inChemicalPark: inPark === '1', chemicalPark, staffCount, contacts, keyProcesses,
    });
    if (!checked.value) { reportDomainProblems(r, checked.problems); continue; }
    const v = checked.value;
    if (v.location && !lookups.insideDistrict(v.location)) { // the converted (WGS-84) point, as it would be stored
      r.problem('lng', 'MAP_POINT_OUTSIDE_DISTRICT', { lng: v.location.lng, lat: v.location.lat });
      continue;
    }
    out.push({
      row: raw.row, uscc: v.uscc, name: v.name, territory, grid, legalRepresentative: v.legalRepresentative, address: v.address, location: v.location,
      industry: v.industry, activities: v.activities, status: v.status, inChemicalPark: v.inChemicalPark, chemicalPark: v.chemicalPark,
      staffCount: v.staffCount, contacts: v.contacts, keyProcesses: v.keyProcesses,
    });
  }
  return out;
}
