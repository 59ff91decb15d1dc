// The map's state in the URL (?layers=risk_points,areas&level=red&lat=23.6&lng=113.6&zoom=11&cluster=off), so a
// view can be shared, the back button works and the benchmark can ask for 100,000 points unclustered. Anything
// the URL says that is not in the vocabulary is dropped, never passed on to the API.
import { mapLayers, sensitiveCategories, type MapLayer } from '@hazgov/domain/map/types';
import { riskLevels, riskStatuses, type RiskLevel, type RiskStatus } from '@hazgov/domain/risk/types';
import type { FeaturesQuery } from '../api/map.types';

export const enterpriseActivities = ['production', 'storage', 'use', 'trade', 'transport', 'disposal'] as const;
export const hazardGrades = [1, 2, 3, 4] as const;

export type MapFilters = {
  level: RiskLevel[];
  grade: number[];
  activity: string[];
  category: string[];
  status: RiskStatus[];
  territoryId: string | null;
};
export type MapView = { lat: number; lng: number; zoom: number };
export type MapUrlState = { layers: MapLayer[]; filters: MapFilters; view: MapView | null; cluster: 'auto' | 'off' };

/** Shown when the URL names no layers: what a regulator looks at first (enterprises are many and off). */
export const defaultLayers: readonly MapLayer[] = ['areas', 'pipelines', 'chemical_parks', 'sensitive_targets', 'major_hazards', 'risk_points'];
export const emptyFilters: MapFilters = { level: [], grade: [], activity: [], category: [], status: [], territoryId: null };

function listOf<T>(raw: string | null, allowed: readonly T[], parse: (s: string) => T = (s) => s as unknown as T): T[] {
  if (!raw) return [];
  const out: T[] = [];
  for (const part of raw.split(',')) {
    const v = parse(part.trim());
    if (allowed.includes(v) && !out.includes(v)) out.push(v);
  }
  return allowed.filter((a) => out.includes(a)); // vocabulary order: stable URLs and cache keys
}

function numberIn(raw: string | null, min: number, max: number): number | null {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export function readMapUrl(params: URLSearchParams): MapUrlState {
  const layersRaw = params.get('layers');
  const layers = layersRaw === null ? [...defaultLayers] : listOf(layersRaw, mapLayers);
  const lat = numberIn(params.get('lat'), -90, 90);
  const lng = numberIn(params.get('lng'), -180, 180);
  const zoom = numberIn(params.get('zoom'), 0, 22);
  return {
    layers,
    filters: {
      level: listOf(params.get('level'), riskLevels),
      grade: listOf(params.get('grade'), hazardGrades as readonly number[], Number),
      activity: listOf(params.get('activity'), enterpriseActivities as readonly string[]),
      category: listOf(params.get('category'), sensitiveCategories as readonly string[]),
      status: listOf(params.get('status'), riskStatuses),
      territoryId: params.get('territoryId')?.trim() || null,
    },
    view: lat !== null && lng !== null && zoom !== null ? { lat, lng, zoom } : null,
    cluster: params.get('cluster') === 'off' ? 'off' : 'auto',
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function writeMapUrl(s: MapUrlState): URLSearchParams {
  const p = new URLSearchParams();
  const sameAsDefault = s.layers.length === defaultLayers.length && s.layers.every((l) => defaultLayers.includes(l));
  if (!sameAsDefault) p.set('layers', mapLayers.filter((l) => s.layers.includes(l)).join(','));
  const f = s.filters;
  if (f.level.length) p.set('level', f.level.join(','));
  if (f.grade.length) p.set('grade', f.grade.join(','));
  if (f.activity.length) p.set('activity', f.activity.join(','));
  if (f.category.length) p.set('category', f.category.join(','));
  if (f.status.length) p.set('status', f.status.join(','));
  if (f.territoryId) p.set('territoryId', f.territoryId);
  if (s.view) {
    // 5 decimals ≈ 1 m: enough to come back to the same view, short enough to share.
    p.set('lat', String(round(s.view.lat, 5)));
    p.set('lng', String(round(s.view.lng, 5)));
    p.set('zoom', String(round(s.view.zoom, 2)));
  }
  if (s.cluster === 'off') p.set('cluster', 'off');
  return p;
}

export type BoundsLike = { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };

/** The bbox parameter, clamped to valid degrees (a world view at zoom 0 reaches past ±180). */
export function bboxParam(b: BoundsLike): string {
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
  return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map((v) => round(v, 6)).join(',');
}

export function featuresQuery(s: MapUrlState, bbox: string, zoom: number): FeaturesQuery {
  const q: FeaturesQuery = { bbox, layers: s.layers.join(','), zoom: Math.round(zoom), cluster: s.cluster };
  const f = s.filters;
  if (f.level.length) q.level = f.level.join(',');
  if (f.grade.length) q.grade = f.grade.join(',');
  if (f.activity.length) q.activity = f.activity.join(',');
  if (f.category.length) q.category = f.category.join(',');
  if (f.status.length) q.status = f.status.join(',');
  if (f.territoryId) q.territoryId = f.territoryId;
  return q;
}
