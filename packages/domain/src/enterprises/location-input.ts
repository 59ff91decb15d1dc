// A point as a user gives it: longitude/latitude in WGS-84 (GPS) or GCJ-02 (高德/腾讯 maps). Stored WGS-84 always;
// `input` keeps what was typed so the page can say the point was converted.
import type { ErrorDetail } from '../shared/app-error.js';
import { gcj02ToWgs84, isInChina } from '../shared/gcj02.js';

export type LocationInput = { lng: number; lat: number; crs: 'wgs84' | 'gcj02' };
export type StoredLocation = { lng: number; lat: number; input: 'wgs84' | 'gcj02' };

export function readLocation(input: LocationInput | null | undefined, field = 'location'): { value: StoredLocation | null; problems: ErrorDetail[] } {
  if (!input) return { value: null, problems: [] };
  const { lng, lat, crs } = input;
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    return { value: null, problems: [{ field, code: 'LOCATION_OUT_OF_RANGE', params: { lng: String(lng), lat: String(lat) } }] };
  }
  if (crs === 'gcj02') {
    // GCJ-02 is defined only inside China: a "GCJ-02" point elsewhere is a mistake (often lng and lat swapped)
    if (!isInChina({ lng, lat })) return { value: null, problems: [{ field, code: 'LOCATION_GCJ02_OUTSIDE_CHINA', params: { lng, lat } }] };
    const wgs = gcj02ToWgs84({ lng, lat });
    return { value: { ...wgs, input: 'gcj02' }, problems: [] };
  }
  return { value: { lng, lat, input: 'wgs84' }, problems: [] };
}

/** Trimmed text, or null when blank. */
export const textOrNull = (s: string | null | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};
