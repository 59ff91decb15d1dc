// The shapes of area risk and the dashboard that leave the API (rows never go to the client as they are).
import type { z } from 'zod';
import type { RiskDashboard } from '@hazgov/app/risk/get-risk-dashboard';
import type { AreaRiskItem } from '@hazgov/app/risk/list-area-risk';
import type { areaItem, dashboardResponse } from './risk-areas.schemas.js';

type Out<T extends z.ZodType> = z.output<T>;
type Level = Out<typeof areaItem>['level'];
const LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
const levelOf = (s: string): Level => LEVELS.find((l) => l === s) ?? 'blue';

export function presentDashboard(d: RiskDashboard): Out<typeof dashboardResponse> {
  return {
    byLevel: d.byLevel, byStatus: d.byStatus, reviewLate: d.reviewLate, byTerritory: d.byTerritory, byIndustry: d.byIndustry,
    byKind: d.byKind, trend: d.trend, areas: d.areas,
    attention: d.attention.map((a) => ({
      id: a.id, name: a.name, kind: a.kind, level: levelOf(a.level), status: a.status,
      enterprise: a.enterprise_id ? { id: a.enterprise_id, name: a.enterprise_name ?? '' } : null,
      territory: { id: a.territory_id, name: a.territory_name }, grid: a.grid_id ? { id: a.grid_id, name: a.grid_name ?? '' } : null,
      responsiblePerson: a.responsible_person, nextReviewOn: a.next_review_on, reviewLate: a.review_late,
    })),
  };
}

export function presentArea(a: AreaRiskItem): Out<typeof areaItem> {
  return {
    organisation: { id: a.organisation_id, name: a.name, kind: a.kind }, parentId: a.parent_id, level: levelOf(a.level), score: a.score,
    factors: a.factors, reasons: a.reasons, supervisionMonths: a.supervision_months, computedAt: a.computed_at, hasPolygon: a.has_polygon,
  };
}
