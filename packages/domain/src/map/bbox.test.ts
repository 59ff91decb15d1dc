import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { bboxIntersects, parseBbox, parseChoiceList, parseLayers } from './bbox.js';
import { mapLayers } from './types.js';

const codeOf = (f: () => unknown): { code: string; field: string | undefined } => {
  try { f(); } catch (e) { return { code: (e as AppError).code, field: (e as AppError).details[0]?.field }; }
  throw new Error('did not throw');
};

describe('parseBbox', () => {
  it('reads minLng,minLat,maxLng,maxLat with spaces', () => {
    expect(parseBbox(' 113.2, 23.3,114.1 ,24 ')).toEqual({ minLng: 113.2, minLat: 23.3, maxLng: 114.1, maxLat: 24 });
  });
  it.each([undefined, '', '1,2,3', '1,2,3,4,5', 'a,23,114,24', '114,23,113,24', '113,24,114,23', '181,0,182,1', '0,-91,1,0', '113,,114,24'])('refuses %s naming the parameter', (v) => {
    expect(codeOf(() => parseBbox(v))).toEqual({ code: 'MAP_BBOX_INVALID', field: 'bbox' });
  });
  it('names another parameter when told', () => {
    expect(codeOf(() => parseBbox('x', 'view')).field).toBe('view');
  });
  it('tests overlap', () => {
    const a = { minLng: 0, minLat: 0, maxLng: 1, maxLat: 1 };
    expect(bboxIntersects(a, { minLng: 1, minLat: 1, maxLng: 2, maxLat: 2 })).toBe(true);
    expect(bboxIntersects(a, { minLng: 1.1, minLat: 0, maxLng: 2, maxLat: 2 })).toBe(false);
  });
});

describe('parseLayers', () => {
  it('gives every layer when absent, the known ones in order without repeats otherwise', () => {
    expect(parseLayers(undefined)).toEqual([...mapLayers]);
    expect(parseLayers('areas, risk_points,areas')).toEqual(['areas', 'risk_points']);
  });
  it('refuses an unknown layer as MAP_LAYER_UNKNOWN on layers', () => {
    expect(codeOf(() => parseLayers('risk_points,roads'))).toEqual({ code: 'MAP_LAYER_UNKNOWN', field: 'layers' });
  });
});

describe('parseChoiceList', () => {
  it('reads a list of allowed values', () => {
    expect(parseChoiceList('red,orange,red', ['red', 'orange', 'yellow'], 'level')).toEqual(['red', 'orange']);
    expect(parseChoiceList('', ['red'], 'level')).toBeUndefined();
    expect(codeOf(() => parseChoiceList('red,pink', ['red'], 'level'))).toEqual({ code: 'MAP_FILTER_INVALID', field: 'level' });
  });
});
