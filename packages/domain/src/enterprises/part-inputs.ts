// Checks of a licence, a site and a unit as typed, each problem naming its field.
import type { ErrorDetail } from '../shared/app-error.js';
import { isIsoDate } from '../shared/iso-date.js';
import { isOneOf, licenceKinds, unitFacilities, unitKinds, type LicenceKind, type UnitFacility, type UnitKind } from './enterprise-values.js';
import { readLocation, textOrNull, type LocationInput, type StoredLocation } from './location-input.js';

type Read<T> = { value: T | null; problems: ErrorDetail[] };
const done = <T>(value: T, problems: ErrorDetail[]): Read<T> => (problems.length > 0 ? { value: null, problems } : { value, problems });

export type LicenceInput = { kind: string; number: string; scope?: string | null | undefined; issuer?: string | null | undefined; issuedOn?: string | null | undefined; expiresOn: string };
export type LicenceFields = { kind: LicenceKind; number: string; scope: string | null; issuer: string | null; issuedOn: string | null; expiresOn: string };

export function readLicenceInput(input: LicenceInput): Read<LicenceFields> {
  const problems: ErrorDetail[] = [];
  if (!isOneOf(licenceKinds, input.kind)) problems.push({ field: 'kind', code: 'LICENCE_KIND_UNKNOWN', params: { value: input.kind } });
  const number = input.number.trim();
  if (number === '') problems.push({ field: 'number', code: 'LICENCE_NUMBER_REQUIRED' });
  const issuedOn = textOrNull(input.issuedOn);
  const expiresOn = input.expiresOn.trim();
  if (issuedOn !== null && !isIsoDate(issuedOn)) problems.push({ field: 'issuedOn', code: 'LICENCE_DATE_INVALID', params: { value: issuedOn } });
  if (!isIsoDate(expiresOn)) problems.push({ field: 'expiresOn', code: 'LICENCE_DATE_INVALID', params: { value: expiresOn } });
  else if (issuedOn !== null && isIsoDate(issuedOn) && issuedOn > expiresOn) problems.push({ field: 'expiresOn', code: 'LICENCE_EXPIRES_BEFORE_ISSUED' });
  return done({ kind: input.kind as LicenceKind, number, scope: textOrNull(input.scope), issuer: textOrNull(input.issuer), issuedOn, expiresOn }, problems);
}

export type SiteInput = { name: string; address?: string | null | undefined; location?: LocationInput | null | undefined };
export type SiteFields = { name: string; address: string | null; location: StoredLocation | null };

export function readSiteInput(input: SiteInput): Read<SiteFields> {
  const problems: ErrorDetail[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'SITE_NAME_REQUIRED' });
  const location = readLocation(input.location);
  problems.push(...location.problems);
  return done({ name, address: textOrNull(input.address), location: location.value }, problems);
}

export type UnitInput = {
  name: string; kind: string; facility?: string | null | undefined; siteId?: string | null | undefined; location?: LocationInput | null | undefined;
  population500m?: number | null | undefined;
};
export type UnitFields = { name: string; kind: UnitKind; facility: UnitFacility | null; siteId: string | null; location: StoredLocation | null; population500m: number | null };

export function readUnitInput(input: UnitInput): Read<UnitFields> {
  const problems: ErrorDetail[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'UNIT_NAME_REQUIRED' });
  if (!isOneOf(unitKinds, input.kind)) problems.push({ field: 'kind', code: 'UNIT_KIND_UNKNOWN', params: { value: input.kind } });
  const facility = textOrNull(input.facility);
  if (facility !== null && !isOneOf(unitFacilities, facility)) problems.push({ field: 'facility', code: 'UNIT_FACILITY_UNKNOWN', params: { value: facility } });
  const population = input.population500m ?? null;
  // GB 18218 4.3.4 counts people: a whole, non-negative number
  if (population !== null && (!Number.isInteger(population) || population < 0)) problems.push({ field: 'population500m', code: 'UNIT_POPULATION_INVALID' });
  const location = readLocation(input.location);
  problems.push(...location.problems);
  return done({
    name, kind: input.kind as UnitKind, facility: facility as UnitFacility | null, siteId: textOrNull(input.siteId), location: location.value, population500m: population,
  }, problems);
}
