// Checks and normalises a risk point as typed (RiskPointInput of the contract) before anything is written: the
// closed vocabularies, at least one hazard factor and one control measure, posts unique and non-blank, the review
// interval, who the point belongs to by kind (a public place to a territory, the rest to an enterprise) and the
// coordinates (GCJ-02 converted to WGS-84). The assessment is scored by assess() with the bands in force, and that a
// site / unit belongs to the enterprise needs the database: both are the use case's. Every problem names its field.
import { readLocation, textOrNull, type LocationInput, type StoredLocation } from '../enterprises/location-input.js';
import type { ErrorDetail } from '../shared/app-error.js';
import { isIsoDate } from '../shared/iso-date.js';
import {
  controlLevels, measureKinds, publicPlaceKinds, riskPointKinds, riskStatuses,
  type ControlLevel, type ControlMeasures, type RiskPointKind, type RiskStatus,
} from './types.js';

export const NAME_MAX = 200;
export const REVIEW_INTERVAL_MAX = 1095; // three years: the longest 复评 cycle guides allow

type Opt<T> = T | null | undefined;
export type RiskPointInput = {
  kind: string; enterpriseId?: Opt<string>; siteId?: Opt<string>; unitId?: Opt<string>; territoryId?: Opt<string>; gridId?: Opt<string>;
  name: string; location?: Opt<string>; coordinates?: Opt<LocationInput>; posts: readonly string[]; hazardFactors: readonly string[];
  accidentTypes: readonly string[]; assessment: { method: string; inputs: { l: number; e?: Opt<number>; c?: Opt<number>; s?: Opt<number> } };
  controlLevel: string; responsibleDepartment: string; responsiblePerson: string; responsiblePhone?: Opt<string>;
  measures: Partial<Record<string, readonly string[]>>; emergencyText?: Opt<string>; status: string; reviewIntervalDays: number;
  lastReviewedOn?: Opt<string>;
};

export type RiskPointFields = {
  kind: RiskPointKind; isPublic: boolean; enterpriseId: string | null; siteId: string | null; unitId: string | null;
  territoryId: string | null; gridId: string | null; name: string; location: string | null; coordinates: StoredLocation | null;
  posts: string[]; hazardFactors: string[]; accidentTypes: string[]; controlLevel: ControlLevel; responsibleDepartment: string;
  responsiblePerson: string; responsiblePhone: string | null; measures: ControlMeasures; emergencyText: string | null; status: RiskStatus;
  reviewIntervalDays: number; lastReviewedOn: string | null;
};

const PHONE = /^\+?[\d\s()（）-]{5,20}((转|ext\.?|x)\d{1,6})?$/i;
const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
/** Trimmed, blanks dropped, first occurrence kept. */
const cleanList = (items: readonly string[] | undefined): string[] => [...new Set((items ?? []).map((s) => s.trim()).filter((s) => s !== ''))];

export const isPublicPlace = (kind: string): boolean => (publicPlaceKinds as readonly string[]).includes(kind);

/** `today` (China date) refuses a last review in the future. */
export function readRiskPointInput(input: RiskPointInput, today: string): { value: RiskPointFields | null; problems: ErrorDetail[] } {
  const problems: ErrorDetail[] = [];
  const add = (field: string, code: string, params?: Record<string, string | number>) => problems.push({ field, code, ...(params ? { params } : {}) });

  const kindOk = isOneOf(riskPointKinds, input.kind);
  if (!kindOk) add('kind', 'RISK_POINT_KIND_UNKNOWN', { value: input.kind });
  const isPublic = isPublicPlace(input.kind);
  const enterpriseId = textOrNull(input.enterpriseId);
  const siteId = textOrNull(input.siteId);
  const unitId = textOrNull(input.unitId);
  const territoryId = textOrNull(input.territoryId);
  const gridId = textOrNull(input.gridId);
  if (isPublic) {
    if (!territoryId) add('territoryId', 'RISK_POINT_TERRITORY_REQUIRED');
    if (enterpriseId) add('enterpriseId', 'RISK_POINT_PUBLIC_WITH_ENTERPRISE');
    if (siteId) add('siteId', 'RISK_POINT_PUBLIC_WITH_ENTERPRISE');
    if (unitId) add('unitId', 'RISK_POINT_PUBLIC_WITH_ENTERPRISE');
  } else if (kindOk) {
    if (!enterpriseId) add('enterpriseId', 'RISK_POINT_ENTERPRISE_REQUIRED');
    if (input.kind === 'site' && !siteId) add('siteId', 'RISK_POINT_SITE_REQUIRED');
    if (input.kind === 'unit' && !unitId) add('unitId', 'RISK_POINT_UNIT_REQUIRED');
  }

  const name = input.name.trim();
  if (name === '') add('name', 'RISK_POINT_NAME_REQUIRED');
  else if ([...name].length > NAME_MAX) add('name', 'RISK_POINT_NAME_TOO_LONG', { max: NAME_MAX });

  const location = readLocation(input.coordinates, 'coordinates');
  problems.push(...location.problems);

  const posts: string[] = [];
  input.posts.forEach((p, i) => {
    const post = p.trim();
    if (post === '') add(`posts.${i}`, 'RISK_POINT_POST_BLANK', { row: i + 1 });
    else if (posts.includes(post)) add(`posts.${i}`, 'RISK_POINT_POST_DUPLICATE', { post });
    else posts.push(post);
  });

  const hazardFactors = cleanList(input.hazardFactors);
  if (hazardFactors.length === 0) add('hazardFactors', 'RISK_POINT_HAZARD_FACTORS_REQUIRED');
  const accidentTypes = cleanList(input.accidentTypes);

  const measures = Object.fromEntries(measureKinds.map((k) => [k, cleanList(input.measures[k])])) as ControlMeasures;
  if (measureKinds.every((k) => measures[k].length === 0)) add('measures', 'RISK_POINT_MEASURES_REQUIRED');

  if (!isOneOf(controlLevels, input.controlLevel)) add('controlLevel', 'RISK_POINT_CONTROL_LEVEL_UNKNOWN', { value: input.controlLevel });
  const responsibleDepartment = input.responsibleDepartment.trim();
  if (responsibleDepartment === '') add('responsibleDepartment', 'RISK_POINT_RESPONSIBLE_DEPARTMENT_REQUIRED');
  const responsiblePerson = input.responsiblePerson.trim();
  if (responsiblePerson === '') add('responsiblePerson', 'RISK_POINT_RESPONSIBLE_PERSON_REQUIRED');
  const responsiblePhone = textOrNull(input.responsiblePhone);
  if (responsiblePhone !== null && !PHONE.test(responsiblePhone)) add('responsiblePhone', 'RISK_POINT_PHONE_INVALID', { value: responsiblePhone });

  if (!isOneOf(riskStatuses, input.status)) add('status', 'RISK_POINT_STATUS_UNKNOWN', { value: input.status });
  const days = input.reviewIntervalDays;
  if (!Number.isInteger(days) || days < 1 || days > REVIEW_INTERVAL_MAX) add('reviewIntervalDays', 'RISK_POINT_REVIEW_INTERVAL_INVALID', { max: REVIEW_INTERVAL_MAX });
  const lastReviewedOn = textOrNull(input.lastReviewedOn);
  if (lastReviewedOn !== null) {
    if (!isIsoDate(lastReviewedOn)) add('lastReviewedOn', 'RISK_POINT_DATE_INVALID', { value: lastReviewedOn });
    else if (lastReviewedOn > today) add('lastReviewedOn', 'RISK_POINT_REVIEW_DATE_FUTURE', { value: lastReviewedOn });
  }

  if (problems.length > 0) return { value: null, problems };
  return {
    value: {
      kind: input.kind as RiskPointKind, isPublic, enterpriseId: isPublic ? null : enterpriseId,
      siteId: input.kind === 'enterprise' || isPublic ? null : siteId, unitId: input.kind === 'unit' ? unitId : null,
      territoryId: isPublic ? territoryId : null, gridId: isPublic ? gridId : null, name, location: textOrNull(input.location),
      coordinates: location.value, posts, hazardFactors, accidentTypes, controlLevel: input.controlLevel as ControlLevel, responsibleDepartment,
      responsiblePerson, responsiblePhone, measures, emergencyText: textOrNull(input.emergencyText), status: input.status as RiskStatus,
      reviewIntervalDays: days, lastReviewedOn,
    },
    problems: [],
  };
}
