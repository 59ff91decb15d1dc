// The only shapes of risk points that leave the API (docs/api-contract.md § Risk points): rows in, contract objects
// out. The assessment's band is read from the bands in force, reviewLate from the request's China date, canEdit /
// canOverride from the asking actor (the same rules the use cases enforce).
import type { z } from 'zod';
import { mayEditPoint, mayOverride } from '@hazgov/app/risk/risk-point-access';
import type { RiskCommentRow } from '@hazgov/db/risk/risk-comments.repository';
import type { RiskConfirmationRow } from '@hazgov/db/risk/risk-confirmations.repository';
import type { RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { bandOf } from '@hazgov/domain/risk/assessment';
import { isReviewLate } from '@hazgov/domain/risk/review';
import { measureKinds, type AssessmentMethod, type ControlMeasures, type RiskBands, type RiskLevel } from '@hazgov/domain/risk/types';
import type { comment, confirmation, riskPoint, riskPointSummary } from './risk.schemas.js';

type Out<T extends z.ZodType> = z.output<T>;
export type PresentContext = { actor: Actor; today: string; bands: RiskBands };

const parse = <T>(text: string | null, fallback: T): T => {
  if (text === null) return fallback;
  try { return JSON.parse(text) as T; } catch { return fallback; }
};

function assessmentOf(r: RiskPointView, bands: RiskBands): Out<typeof riskPointSummary>['assessment'] {
  const method = r.method as AssessmentMethod;
  const inputs = parse<{ l: number; e?: number; c?: number; s?: number }>(r.inputs_json, { l: 0 });
  const band = method === 'lec' ? bandOf(bands.lec, r.score) : method === 'ls' ? bandOf(bands.ls, r.score) : null;
  return { method, inputs, score: r.score, level: r.computed_level as RiskLevel, band, basis: bands.basis };
}

export function presentSummary(r: RiskPointView, c: PresentContext): Out<typeof riskPointSummary> {
  const override = r.override_level
    ? { level: r.override_level as RiskLevel, reason: r.override_reason ?? '', by: r.override_by ?? '', at: r.override_at ?? '' }
    : null;
  return {
    id: r.id, kind: r.kind, enterprise: r.enterprise_id ? { id: r.enterprise_id, name: r.enterprise_name ?? r.enterprise_id } : null,
    siteId: r.site_id, unitId: r.unit_id, territory: { id: r.territory_id, name: r.territory_name },
    grid: r.grid_id ? { id: r.grid_id, name: r.grid_name ?? r.grid_id } : null, name: r.name, location: r.location,
    coordinates: r.lng === null || r.lat === null ? null
      : { lng: r.lng, lat: r.lat, crs: 'wgs84', input: r.coord_input === 'gcj02' ? 'gcj02' : r.coord_input === 'wgs84' ? 'wgs84' : null },
    posts: parse<string[]>(r.posts_json, []), hazardFactors: parse<string[]>(r.hazard_factors_json, []),
    accidentTypes: parse<string[]>(r.accident_types_json, []), assessment: assessmentOf(r, c.bands), computedLevel: r.computed_level as RiskLevel,
    override, level: r.level as RiskLevel, controlLevel: r.control_level, responsibleDepartment: r.responsible_department,
    responsiblePerson: r.responsible_person, responsiblePhone: r.responsible_phone, status: r.status, reviewIntervalDays: r.review_interval_days,
    lastReviewedOn: r.last_reviewed_on, nextReviewOn: r.next_review_on, reviewLate: isReviewLate(r.next_review_on, c.today),
    version: r.version, isDemo: r.is_demo === 1, createdAt: r.created_at, updatedAt: r.updated_at,
    canEdit: mayEditPoint(c.actor, r), canOverride: mayOverride(c.actor),
  };
}

export function presentPoint(r: RiskPointView, c: PresentContext): Out<typeof riskPoint> {
  const stored = parse<Partial<ControlMeasures>>(r.measures_json, {});
  const measures = Object.fromEntries(measureKinds.map((k) => [k, stored[k] ?? []])) as ControlMeasures;
  return { ...presentSummary(r, c), measures, emergencyText: r.emergency_text };
}

export function presentComment(r: RiskCommentRow): Out<typeof comment> {
  return { id: r.id, authorName: r.author_name, authorOrganisation: r.author_organisation, body: r.body, createdAt: r.created_at };
}

export function presentConfirmation(r: RiskConfirmationRow): Out<typeof confirmation> {
  return { id: r.id, post: r.post, personName: r.person_name, confirmedOn: r.confirmed_on, note: r.note, createdAt: r.created_at };
}
