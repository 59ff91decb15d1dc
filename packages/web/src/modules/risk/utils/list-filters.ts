// The risk-point list's filters live in the URL (?q=&level=red,orange&status=&kind=&territoryId=&enterpriseId=
// &reviewLate=1&publicOnly=1&page=): a view can be shared, and the back button works. Pure.
import {
  riskLevels, riskPointKinds, riskStatuses, type RiskFilters, type RiskLevel, type RiskPointKind, type RiskStatus,
} from '../api/risk.types';
import { oneOf, readPaging, writePaging } from '../../shared/utils/url-filters';

export type RiskListQuery = RiskFilters & { page: number; pageSize: number };

export function readFilters(params: URLSearchParams): RiskListQuery {
  const levels = (params.get('level') ?? '').split(',').filter((l): l is RiskLevel => (riskLevels as readonly string[]).includes(l));
  return {
    q: params.get('q')?.trim() || undefined,
    level: levels.length ? riskLevels.filter((l) => levels.includes(l)) : undefined,
    status: oneOf<RiskStatus>(riskStatuses, params.get('status')),
    kind: oneOf<RiskPointKind>(riskPointKinds, params.get('kind')),
    territoryId: params.get('territoryId') || undefined,
    enterpriseId: params.get('enterpriseId') || undefined,
    reviewLate: params.get('reviewLate') === '1' || undefined,
    publicOnly: params.get('publicOnly') === '1' || undefined,
    ...readPaging(params),
  };
}

/** Back to the URL: empty values and defaults (page 1, 20 a page) are left out, levels in red-first order. */
export function filtersToParams(f: RiskFilters & { page?: number; pageSize?: number }): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q?.trim()) p.set('q', f.q.trim());
  if (f.level?.length) p.set('level', riskLevels.filter((l) => f.level?.includes(l)).join(','));
  if (f.status) p.set('status', f.status);
  if (f.kind) p.set('kind', f.kind);
  if (f.territoryId) p.set('territoryId', f.territoryId);
  if (f.enterpriseId) p.set('enterpriseId', f.enterpriseId);
  if (f.reviewLate) p.set('reviewLate', '1');
  if (f.publicOnly) p.set('publicOnly', '1');
  return writePaging(p, f);
}
