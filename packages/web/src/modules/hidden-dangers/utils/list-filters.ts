// The hidden-danger list's filters live in the URL (?status=&severity=&territoryId=&enterpriseId=&overdue=1&listed=1&q=
// &page=&pageSize=): a view can be shared (the dashboard links to "overdue"), and the back button works. Pure.
import {
  findingSeverities, findingSorts, findingStatuses, type FindingFilters, type FindingSeverity, type FindingSort, type FindingStatus,
} from '../api/hidden-dangers.types';
import { oneOf, readPaging, writePaging } from '../../shared/utils/url-filters';

export type FindingListQuery = FindingFilters & { page: number; pageSize: number };

export function readFilters(params: URLSearchParams): FindingListQuery {
  return {
    q: params.get('q')?.trim() || undefined,
    status: oneOf<FindingStatus>(findingStatuses, params.get('status')),
    severity: oneOf<FindingSeverity>(findingSeverities, params.get('severity')),
    territoryId: params.get('territoryId') || undefined,
    enterpriseId: params.get('enterpriseId') || undefined,
    overdue: params.get('overdue') === '1' || undefined,
    listed: params.get('listed') === '1' || undefined,
    sort: oneOf<FindingSort>(findingSorts, params.get('sort')),
    ...readPaging(params),
  };
}

/** Back to the URL: empty values and defaults (page 1, 20 a page) left out. */
export function filtersToParams(f: FindingFilters & { page?: number; pageSize?: number }): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q?.trim()) p.set('q', f.q.trim());
  if (f.status) p.set('status', f.status);
  if (f.severity) p.set('severity', f.severity);
  if (f.territoryId) p.set('territoryId', f.territoryId);
  if (f.enterpriseId) p.set('enterpriseId', f.enterpriseId);
  if (f.overdue) p.set('overdue', '1');
  if (f.listed) p.set('listed', '1');
  if (f.sort) p.set('sort', f.sort);
  return writePaging(p, f);
}
