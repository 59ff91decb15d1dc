// The risk point form's values ↔ the API's RiskPointInput. The form keeps the assessment inputs flat
// (assessment.method, assessment.l/e/c/s) so each sits under its own Select; the server's field names
// (`assessment.inputs.l`, `measures.ppe` …) are mapped back onto them. Pure.
import { measureKinds, publicPlaceKinds, type ControlLevel, type ControlMeasures, type RiskPoint, type RiskPointInput, type RiskPointKind, type RiskStatus, type AssessmentMethod } from '../api/risk.types';
import { fieldsOf } from './assessment-view';

export type RiskFormValues = {
  kind: RiskPointKind;
  enterpriseId?: string | null; siteId?: string | null; unitId?: string | null; territoryId?: string | null; gridId?: string | null;
  name: string; location?: string | null;
  coordinates?: { lng?: number | null; lat?: number | null; crs: 'wgs84' | 'gcj02' };
  posts?: string[]; hazardFactors?: string[]; accidentTypes?: string[];
  assessment: { method: AssessmentMethod; l?: number | null; e?: number | null; c?: number | null; s?: number | null };
  controlLevel: ControlLevel; responsibleDepartment: string; responsiblePerson: string; responsiblePhone?: string | null;
  measures: Partial<ControlMeasures>; emergencyText?: string | null; status: RiskStatus;
  reviewIntervalDays: number; lastReviewedOn?: string | null;
};

/** Top-level names of the form: an API detail naming anything else is listed above the form. */
export const formFieldRoots = new Set(['kind', 'enterpriseId', 'siteId', 'unitId', 'territoryId', 'gridId', 'name', 'location', 'coordinates',
  'posts', 'hazardFactors', 'accidentTypes', 'assessment', 'controlLevel', 'responsibleDepartment', 'responsiblePerson', 'responsiblePhone',
  'measures', 'emergencyText', 'status', 'reviewIntervalDays', 'lastReviewedOn']);

export const isPublicKind = (k: RiskPointKind | undefined | null) => !!k && publicPlaceKinds.includes(k);

export function emptyRiskPoint(preset: { enterpriseId?: string | null; territoryId?: string | null; kind?: RiskPointKind } = {}): RiskFormValues {
  return {
    kind: preset.kind ?? (preset.enterpriseId ? 'unit' : 'pipeline_segment'),
    enterpriseId: preset.enterpriseId ?? null, territoryId: preset.territoryId ?? null, gridId: null, siteId: null, unitId: null,
    name: '', location: null, coordinates: { crs: 'gcj02' }, posts: [], hazardFactors: [], accidentTypes: [],
    assessment: { method: 'lec' }, controlLevel: 'department', responsibleDepartment: '', responsiblePerson: '', responsiblePhone: null,
    measures: {}, emergencyText: null, status: 'controlled', reviewIntervalDays: 180, lastReviewedOn: null,
  };
}

export function valuesOf(p: RiskPoint): RiskFormValues {
  const i = p.assessment.inputs;
  return {
    kind: p.kind, enterpriseId: p.enterprise?.id ?? null, siteId: p.siteId, unitId: p.unitId, territoryId: p.territory.id, gridId: p.grid?.id ?? null,
    name: p.name, location: p.location,
    // Stored in WGS-84 and shown as such; the user may still type a GCJ-02 point and say so.
    coordinates: p.coordinates ? { lng: p.coordinates.lng, lat: p.coordinates.lat, crs: 'wgs84' } : { crs: 'wgs84' },
    posts: p.posts, hazardFactors: p.hazardFactors, accidentTypes: p.accidentTypes,
    assessment: { method: p.assessment.method, l: i.l, e: i.e ?? null, c: i.c ?? null, s: i.s ?? null },
    controlLevel: p.controlLevel, responsibleDepartment: p.responsibleDepartment, responsiblePerson: p.responsiblePerson,
    responsiblePhone: p.responsiblePhone, measures: p.measures, emergencyText: p.emergencyText, status: p.status,
    reviewIntervalDays: p.reviewIntervalDays, lastReviewedOn: p.lastReviewedOn,
  };
}

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
const list = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim()).filter(Boolean);

export function inputOf(v: RiskFormValues): RiskPointInput {
  const pub = isPublicKind(v.kind);
  const a = v.assessment;
  const inputs: Record<string, number | undefined> = {};
  for (const f of fieldsOf[a.method]) inputs[f] = a[f] ?? undefined;
  const c = v.coordinates;
  const hasPoint = c && typeof c.lng === 'number' && typeof c.lat === 'number';
  const measures = Object.fromEntries(measureKinds.map((k) => [k, list(v.measures?.[k])])) as ControlMeasures;
  return {
    kind: v.kind,
    enterpriseId: pub ? null : v.enterpriseId || null,
    siteId: !pub && v.kind === 'site' ? v.siteId || null : null,
    unitId: !pub && v.kind === 'unit' ? v.unitId || null : null,
    territoryId: pub ? v.territoryId || null : null,
    gridId: pub ? v.gridId || null : null,
    name: v.name.trim(), location: blank(v.location),
    coordinates: hasPoint ? { lng: c.lng as number, lat: c.lat as number, crs: c.crs } : null,
    posts: list(v.posts), hazardFactors: list(v.hazardFactors), accidentTypes: list(v.accidentTypes),
    assessment: { method: a.method, inputs: inputs as RiskPointInput['assessment']['inputs'] },
    controlLevel: v.controlLevel, responsibleDepartment: v.responsibleDepartment.trim(), responsiblePerson: v.responsiblePerson.trim(),
    responsiblePhone: blank(v.responsiblePhone), measures, emergencyText: blank(v.emergencyText), status: v.status,
    reviewIntervalDays: v.reviewIntervalDays, lastReviewedOn: v.lastReviewedOn || null,
  };
}

/**
 * Where the form shows an API field error. Assessment inputs are `assessment.inputs.l` on the server, `assessment.l`
 * here; a whole-group error (coordinates, measures) goes under the group's first input, whose label row shows it.
 */
export function formFieldOf(apiField: string): string {
  const f = apiField.replace(/^assessment\.inputs\./, 'assessment.').replace(/^inputs\./, 'assessment.');
  if (f === 'coordinates') return 'coordinates.lng';
  if (f === 'measures') return 'measures.engineering';
  if (f === 'assessment' || f === 'assessment.inputs') return 'assessment.method';
  return f;
}
