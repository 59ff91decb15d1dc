import { describe, expect, it } from 'vitest';
import { clusterCellDegrees, zoomForBbox } from './cluster.js';

describe('clusterCellDegrees', () => {
  // 60 px · 360° / (256 px · 2^z): z 0 → 84.375°, z 10 → 0.0823974609375°, z 13 → 0.0102996826171875°
  it.each([[0, 84.375], [10, 0.0823974609375], [13, 0.0102996826171875]])('zoom %i → %f°', (z, deg) => {
    expect(clusterCellDegrees(z)).toBeCloseTo(deg, 12);
  });
  it('clamps the zoom to 0–22 and rounds it', () => {
    expect(clusterCellDegrees(-3)).toBe(clusterCellDegrees(0));
    expect(clusterCellDegrees(30)).toBe(clusterCellDegrees(22));
    expect(clusterCellDegrees(9.6)).toBe(clusterCellDegrees(10));
  });
});

describe('zoomForBbox', () => {
  // 1,024 px over 0.9° (the district's width): log2(1024·360/(256·0.9)) = log2(1600) = 10.64 → 10
  it('fits the box in a 1,024-pixel screen', () => {
    expect(zoomForBbox(0.9)).toBe(10);
    expect(zoomForBbox(360)).toBe(2);
    expect(zoomForBbox(0)).toBe(22);
  });
});
