// The map's query parameters: a bounding box `minLng,minLat,maxLng,maxLat` (WGS-84 degrees) and a layer list.
// A bad value is the caller's mistake: 400 naming the parameter, never a silently empty map.
import { AppError } from '../shared/app-error.js';
import { mapLayers, type BBox, type MapLayer } from './types.js';

const bad = (code: string, param: string, value: string): AppError =>
  new AppError(code, 'input', { param, value }, [{ field: param, code, params: { param, value } }]);

export function parseBbox(text: string | undefined, param = 'bbox'): BBox {
  const value = (text ?? '').trim();
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 4 || parts.some((p) => p === '' || !Number.isFinite(Number(p)))) throw bad('MAP_BBOX_INVALID', param, value);
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number) as [number, number, number, number];
  const inRange = Math.abs(minLng) <= 180 && Math.abs(maxLng) <= 180 && Math.abs(minLat) <= 90 && Math.abs(maxLat) <= 90;
  if (!inRange || minLng > maxLng || minLat > maxLat) throw bad('MAP_BBOX_INVALID', param, value);
  return { minLng, minLat, maxLng, maxLat };
}

/** `layers=a,b` → the known layers in the order given (duplicates dropped); empty or absent → every layer. */
export function parseLayers(text: string | undefined, param = 'layers'): MapLayer[] {
  const names = (text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) return [...mapLayers];
  const out: MapLayer[] = [];
  for (const n of names) {
    if (!(mapLayers as readonly string[]).includes(n)) throw bad('MAP_LAYER_UNKNOWN', param, n);
    if (!out.includes(n as MapLayer)) out.push(n as MapLayer);
  }
  return out;
}

/** A comma list of allowed values (level=red,orange); unknown values → MAP_FILTER_INVALID naming the parameter. */
export function parseChoiceList<T extends string>(text: string | undefined, allowed: readonly T[], param: string): T[] | undefined {
  const names = (text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) return undefined;
  for (const n of names) if (!(allowed as readonly string[]).includes(n)) throw bad('MAP_FILTER_INVALID', param, n);
  return [...new Set(names)] as T[];
}

export const bboxIntersects = (a: BBox, b: BBox): boolean =>
  a.minLng <= b.maxLng && a.maxLng >= b.minLng && a.minLat <= b.maxLat && a.maxLat >= b.minLat;
