// The list filters live in the URL (so a filtered list can be shared, reloaded and gone back to).
import { activities, enterpriseStatuses, type Activity, type EnterpriseFilters, type EnterpriseStatus, type Grade } from '../api/enterprises.types';
import { oneOf } from '../../shared/utils/url-filters';

const positiveInt = (v: string | null): number | undefined => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

export const PAGE_SIZES = [20, 50, 100] as const;

export function filtersFromParams(p: URLSearchParams): EnterpriseFilters {
  const grade = positiveInt(p.get('grade'));
  const expiring = positiveInt(p.get('licenceExpiringWithinDays'));
  const pageSize = positiveInt(p.get('pageSize'));
  const f: EnterpriseFilters = {
    q: p.get('q')?.trim() || undefined,
    territoryId: p.get('territoryId') || undefined,
    industry: p.get('industry')?.trim() || undefined,
    activity: oneOf<Activity>(activities, p.get('activity')),
    status: oneOf<EnterpriseStatus>(enterpriseStatuses, p.get('status')),
    grade: grade && grade <= 4 ? (grade as Grade) : undefined,
    majorHazard: p.get('majorHazard') === '1' ? 1 : undefined,
    licenceExpiringWithinDays: expiring === 30 || expiring === 90 ? expiring : undefined,
    restricted: p.get('restricted') === '1' ? 1 : undefined,
    page: positiveInt(p.get('page')) ?? 1,
    pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 20,
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as EnterpriseFilters;
}

export type FilterPatch = Partial<Record<keyof EnterpriseFilters, string | number | undefined | null>>;

/** The params after some filters change: any change but paging goes back to page 1. */
export function withFilters(p: URLSearchParams, patch: FilterPatch): URLSearchParams {
  const next = new URLSearchParams(p);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if (!('page' in patch)) next.delete('page');
  return next;
}

export const hasFilters = (f: EnterpriseFilters): boolean =>
  Object.keys(f).some((k) => k !== 'page' && k !== 'pageSize');
