// Checked risk point fields as table columns (JSON arrays as text, coordinates WGS-84 with what was typed), and the
// audit record's view of a row (JSON columns parsed, so the history shows what changed, not escaped text).
import type { RiskPointRow } from '@hazgov/db/risk/risk-points.repository';
import type { AssessmentResult } from '@hazgov/domain/risk/assessment';
import { nextReviewOn } from '@hazgov/domain/risk/review';
import type { RiskPointFields } from '@hazgov/domain/risk/risk-point-input';
import type { CheckedRiskPoint } from './risk-point-check.js';

export function riskPointColumns(c: CheckedRiskPoint, createdOn: string, overrideLevel: string | null) {
  const { fields: f, result, place } = c;
  return {
    path: place.path, enterprise_id: place.enterpriseId, site_id: place.siteId, unit_id: place.unitId, territory_id: place.territoryId,
    grid_id: place.gridId, kind: f.kind, name: f.name, location: f.location, lng: f.coordinates?.lng ?? null, lat: f.coordinates?.lat ?? null,
    coord_input: f.coordinates?.input ?? null, posts_json: JSON.stringify(f.posts), hazard_factors_json: JSON.stringify(f.hazardFactors),
    accident_types_json: JSON.stringify(f.accidentTypes), ...assessmentColumns(result, overrideLevel), control_level: f.controlLevel,
    responsible_department: f.responsibleDepartment, responsible_person: f.responsiblePerson, responsible_phone: f.responsiblePhone,
    measures_json: JSON.stringify(f.measures), emergency_text: f.emergencyText, status: f.status, review_interval_days: f.reviewIntervalDays,
    last_reviewed_on: f.lastReviewedOn, next_review_on: nextReviewOn(f.lastReviewedOn, createdOn, f.reviewIntervalDays),
  };
}

/** level = the regulator's grade when there is one, else the computed colour. */
export function assessmentColumns(result: AssessmentResult, overrideLevel: string | null) {
  return {
    method: result.method, inputs_json: JSON.stringify(result.inputs), score: result.score, computed_level: result.level,
    level: overrideLevel ?? result.level,
  };
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** A row as the audit log keeps it. */
export function auditView(r: RiskPointRow): Record<string, unknown> {
  const { posts_json, hazard_factors_json, accident_types_json, inputs_json, measures_json, ...rest } = r;
  return {
    ...rest, posts: parse(posts_json), hazard_factors: parse(hazard_factors_json), accident_types: parse(accident_types_json),
    inputs: parse(inputs_json), measures: parse(measures_json),
  };
}

export type { RiskPointFields };
