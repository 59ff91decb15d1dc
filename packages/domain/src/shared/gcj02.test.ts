import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, isInChina, wgs84ToGcj02 } from './gcj02.js';

// Published pair: the test of the coordtransform package (wandergis/coordtransform, test/app.js) gives
// wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164] (天安门, Beijing).
const WGS = { lng: 116.404, lat: 39.915 };
const GCJ = { lng: 116.41024449916938, lat: 39.91640428150164 };

describe('GCJ-02 ↔ WGS-84', () => {
  it('WGS-84 → GCJ-02 gives the published pair', () => {
    const out = wgs84ToGcj02(WGS);
    expect(out.lng).toBeCloseTo(GCJ.lng, 9);
    expect(out.lat).toBeCloseTo(GCJ.lat, 9);
  });

  it('GCJ-02 → WGS-84 inverts it to within 1e-6° (about 0.1 m)', () => {
    const out = gcj02ToWgs84(GCJ);
    expect(Math.abs(out.lng - WGS.lng)).toBeLessThan(1e-6);
    expect(Math.abs(out.lat - WGS.lat)).toBeLessThan(1e-6);
  });

  it('round-trips a point in 从化 (the offset there is a few hundred metres, not zero)', () => {
    const conghua = { lng: 113.586, lat: 23.548 };
    const gcj = wgs84ToGcj02(conghua);
    expect(Math.abs(gcj.lng - conghua.lng) + Math.abs(gcj.lat - conghua.lat)).toBeGreaterThan(0.002);
    const back = gcj02ToWgs84(gcj);
    expect(Math.abs(back.lng - conghua.lng)).toBeLessThan(1e-6);
    expect(Math.abs(back.lat - conghua.lat)).toBeLessThan(1e-6);
  });

  it('leaves points outside China unchanged', () => {
    const london = { lng: -0.1276, lat: 51.5072 };
    expect(isInChina(london)).toBe(false);
    expect(isInChina(WGS)).toBe(true);
    expect(wgs84ToGcj02(london)).toEqual(london);
    expect(gcj02ToWgs84(london)).toEqual(london);
  });
});
