import { levelColour } from '@hazgov/domain/risk/types';
import { describe, expect, it } from 'vitest';
import { gradeHex } from '../../major-hazards/utils/grade-colors';
import { activityColour, clusterLabel, clusterSize, drawRank, featureColour, layerColour, strokeColour } from './colours';

describe('map colours', () => {
  it('draws risk points and areas in the four level colours', () => {
    expect(featureColour({ layer: 'risk_points', id: 'a', level: 'red' })).toBe(levelColour.red);
    expect(featureColour({ layer: 'areas', id: 'a', level: 'blue' })).toBe(levelColour.blue);
    expect(featureColour({ layer: 'areas', id: 'a', level: null })).toBe(layerColour.areas);
  });

  it('draws major hazards in the register grade colours, a graded string or number alike', () => {
    expect(featureColour({ layer: 'major_hazards', id: 'u', grade: 1 })).toBe(gradeHex[1]);
    expect(featureColour({ layer: 'major_hazards', id: 'u', grade: null })).toBe(layerColour.major_hazards);
  });

  it('draws an enterprise by its first known activity', () => {
    expect(featureColour({ layer: 'enterprises', id: 'e', activities: ['bogus', 'storage', 'production'] })).toBe(activityColour.storage);
    expect(featureColour({ layer: 'enterprises', id: 'e', activities: [] })).toBe(layerColour.enterprises);
  });

  it('colours a cluster by the worst inside: a level, a grade, or the layer colour', () => {
    expect(featureColour({ layer: 'risk_points', id: 'c', cluster: true, count: 9, worst: 'orange' })).toBe(levelColour.orange);
    expect(featureColour({ layer: 'major_hazards', id: 'c', cluster: true, count: 9, worst: 2 })).toBe(gradeHex[2]);
    expect(featureColour({ layer: 'major_hazards', id: 'c', cluster: true, count: 9, worst: '3' })).toBe(gradeHex[3]);
    expect(featureColour({ layer: 'sensitive_targets', id: 'c', cluster: true, count: 9, worst: null })).toBe(layerColour.sensitive_targets);
  });

  it('outlines yellow in dark (white would vanish) and everything else in white', () => {
    expect(strokeColour(levelColour.yellow)).not.toBe('#ffffff');
    expect(strokeColour(levelColour.red)).toBe('#ffffff');
  });

  it('sizes clusters by the logarithm of the count within 20–56 px', () => {
    // 20 + 8·log10(n): n = 1 → 20, n = 10 → 28, n = 1,000 → 44, n = 100,000 → 60 capped at 56.
    expect([clusterSize(1), clusterSize(10), clusterSize(1000), clusterSize(100_000)]).toEqual([20, 28, 44, 56]);
  });

  it('labels counts briefly', () => {
    expect([clusterLabel(999), clusterLabel(1000), clusterLabel(1234), clusterLabel(25_600)]).toEqual(['999', '1k', '1.2k', '26k']);
  });

  it('puts the worst on top: red above blue, grade 1 above grade 4', () => {
    expect(drawRank({ layer: 'risk_points', id: 'a', level: 'red' })).toBeGreaterThan(drawRank({ layer: 'risk_points', id: 'b', level: 'blue' }));
    expect(drawRank({ layer: 'major_hazards', id: 'a', grade: 1 })).toBeGreaterThan(drawRank({ layer: 'major_hazards', id: 'b', grade: 4 }));
  });

  it('puts a risk point above a major hazard at the same place, whatever their colours', () => {
    expect(drawRank({ layer: 'risk_points', id: 'a', level: 'blue' })).toBeGreaterThan(drawRank({ layer: 'major_hazards', id: 'b', grade: 1 }));
    expect(drawRank({ layer: 'major_hazards', id: 'a', grade: 4 })).toBeGreaterThan(drawRank({ layer: 'enterprises', id: 'b' }));
  });
});
