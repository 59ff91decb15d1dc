import { describe, expect, it } from 'vitest';
import { bboxParam, defaultLayers, featuresQuery, readMapUrl, writeMapUrl } from './url-state';

const read = (s: string) => readMapUrl(new URLSearchParams(s));

describe('map URL state', () => {
  it('shows the default layers, no filters, no view and clustering when the URL says nothing', () => {
    const s = read('');
    expect(s.layers).toEqual([...defaultLayers]);
    expect(s.filters).toEqual({ level: [], grade: [], activity: [], category: [], status: [], territoryId: null });
    expect(s.view).toBeNull();
    expect(s.cluster).toBe('auto');
  });

  it('keeps only known layers and values, in vocabulary order, once each', () => {
    const s = read('layers=risk_points,bogus,enterprises,risk_points&level=blue,red,purple&grade=2,9,1&category=school,x&activity=storage&status=out_of_control,nope');
    expect(s.layers).toEqual(['enterprises', 'risk_points']);
    expect(s.filters.level).toEqual(['red', 'blue']);
    expect(s.filters.grade).toEqual([1, 2]);
    expect(s.filters.category).toEqual(['school']);
    expect(s.filters.activity).toEqual(['storage']);
    expect(s.filters.status).toEqual(['out_of_control']);
  });

  it('reads an empty layers list as no layers (not the default)', () => {
    expect(read('layers=').layers).toEqual([]);
  });

  it('takes a view only when lat, lng and zoom are all valid numbers', () => {
    expect(read('lat=23.6&lng=113.6&zoom=12').view).toEqual({ lat: 23.6, lng: 113.6, zoom: 12 });
    expect(read('lat=23.6&lng=113.6').view).toBeNull();
    expect(read('lat=95&lng=113.6&zoom=12').view).toBeNull();
    expect(read('lat=abc&lng=113.6&zoom=12').view).toBeNull();
  });

  it('reads cluster=off for the benchmark and nothing else as off', () => {
    expect(read('cluster=off').cluster).toBe('off');
    expect(read('cluster=no').cluster).toBe('auto');
  });

  it('writes back what it reads, leaving defaults out and rounding the view to about a metre', () => {
    const s = read('layers=risk_points&level=red&territoryId=t1&cluster=off');
    s.view = { lat: 23.6543219, lng: 113.5876541, zoom: 12.5 };
    const p = writeMapUrl(s);
    expect(p.toString()).toBe('layers=risk_points&level=red&territoryId=t1&lat=23.65432&lng=113.58765&zoom=12.5&cluster=off');
    expect(read(p.toString())).toMatchObject({ layers: ['risk_points'], filters: { level: ['red'], territoryId: 't1' }, cluster: 'off' });
    expect(writeMapUrl(read('')).toString()).toBe('');
  });

  it('asks the API with the bbox, the rounded zoom, the layers and only the filters set', () => {
    const s = read('layers=risk_points,major_hazards&level=red,orange&grade=1');
    expect(featuresQuery(s, '113,23,114,24', 11.5)).toEqual({
      bbox: '113,23,114,24', layers: 'major_hazards,risk_points', zoom: 12, cluster: 'auto', level: 'red,orange', grade: '1',
    });
  });

  it('clamps a bbox that reaches past the world edges', () => {
    const b = { getWest: () => -200, getSouth: () => -95.5, getEast: () => 113.1234567, getNorth: () => 24 };
    expect(bboxParam(b)).toBe('-180,-90,113.123457,24');
  });
});
