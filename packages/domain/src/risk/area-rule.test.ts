import { describe, expect, it } from 'vitest';
import { areaLevel, areaScore, defaultAreaRule, defaultSupervisionFrequency, emptyAreaFactors } from './area-rule.js';
import type { AreaFactors, AreaRule } from './types.js';

const rule = defaultAreaRule;
const freq = defaultSupervisionFrequency;
const f = (over: Partial<Omit<AreaFactors, 'majorHazards' | 'riskPoints'>> & { majorHazards?: Partial<AreaFactors['majorHazards']>; riskPoints?: Partial<AreaFactors['riskPoints']> } = {}): AreaFactors => {
  const base = emptyAreaFactors(0);
  return {
    ...base, ...over,
    majorHazards: { ...base.majorHazards, ...over.majorHazards },
    riskPoints: { ...base.riskPoints, ...over.riskPoints },
  };
};

describe('areaLevel with the default rule', () => {
  it('an empty area with no residents is blue, seen yearly', () => {
    expect(areaLevel(f(), rule, freq)).toEqual({ level: 'blue', score: 0, reasons: ['threshold.blue'], supervisionMonths: 12 });
  });

  it('unknown population counts 0 and says so', () => {
    const r = areaLevel(f({ population: null }), rule, freq);
    expect(r.score).toBe(0);
    expect(r.reasons).toEqual(['threshold.blue', 'population.unknown']);
  });

  it('a realistic town: 40.6 → orange, quarterly', () => {
    // 1 grade-2 (20) + 2 grade-4 (2×3=6) + 1 red (10) + 3 orange (3×0.5=1.5) + 5 yellow (0) + 4 blue (0)
    // + 2 sensitive targets (2×0.5=1) + 42,000 residents (4.2×0.5=2.1) = 40.6 ≥ 30 → orange
    const town = f({ majorHazards: { 2: 1, 4: 2 }, riskPoints: { red: 1, orange: 3, yellow: 5, blue: 4 }, sensitiveTargets: 2, population: 42_000 });
    expect(areaLevel(town, rule, freq)).toEqual({ level: 'orange', score: 40.6, reasons: ['threshold.orange'], supervisionMonths: 3 });
    // the same town with a grade-1 major hazard: 40.6 + 40 = 80.6 ≥ 60 → red, monthly
    expect(areaLevel({ ...town, majorHazards: { ...town.majorHazards, 1: 1 } }, rule, freq)).toEqual({ level: 'red', score: 80.6, reasons: ['threshold.red'], supervisionMonths: 1 });
  });

  it('yellow and blue points do not raise an area by themselves: 200 of them score 0', () => {
    expect(areaLevel(f({ riskPoints: { yellow: 120, blue: 80 } }), rule, freq)).toMatchObject({ level: 'blue', score: 0 });
  });

  describe('thresholds at the edge', () => {
    it('199,800 residents = 19.98 × 0.5 = 9.99 → blue; 200,000 = 10 → yellow (≥ 10)', () => {
      expect(areaLevel(f({ population: 199_800 }), rule, freq)).toMatchObject({ level: 'blue', score: 9.99 });
      expect(areaLevel(f({ population: 200_000 }), rule, freq)).toMatchObject({ level: 'yellow', score: 10, reasons: ['threshold.yellow'], supervisionMonths: 6 });
    });
    it('29 → yellow; 30 → orange', () => {
      // 2 grade-3 (20) + 3 grade-4 (9) = 29
      expect(areaLevel(f({ majorHazards: { 3: 2, 4: 3 } }), rule, freq)).toMatchObject({ level: 'yellow', score: 29 });
      // 3 grade-3 = 30
      expect(areaLevel(f({ majorHazards: { 3: 3 } }), rule, freq)).toMatchObject({ level: 'orange', score: 30, supervisionMonths: 3 });
    });
    it('59 → orange; 60 → red', () => {
      // 1 grade-2 (20) + 1 grade-3 (10) + 9 grade-4 (27) + 4 orange (2) = 59
      expect(areaLevel(f({ majorHazards: { 2: 1, 3: 1, 4: 9 }, riskPoints: { orange: 4 } }), rule, freq)).toMatchObject({ level: 'orange', score: 59 });
      // 1 grade-1 (40) + 1 grade-2 (20) = 60
      expect(areaLevel(f({ majorHazards: { 1: 1, 2: 1 } }), rule, freq)).toMatchObject({ level: 'red', score: 60, reasons: ['threshold.red'] });
    });
    it('sensitive targets: 19 × 0.5 = 9.5 → blue; 20 × 0.5 = 10 → yellow', () => {
      expect(areaLevel(f({ sensitiveTargets: 19 }), rule, freq)).toMatchObject({ level: 'blue', score: 9.5 });
      expect(areaLevel(f({ sensitiveTargets: 20 }), rule, freq)).toMatchObject({ level: 'yellow', score: 10 });
    });
  });

  describe('floors', () => {
    it('one red point alone (10 → yellow by score) is lifted to orange', () => {
      expect(areaLevel(f({ riskPoints: { red: 1 } }), rule, freq)).toEqual({ level: 'orange', score: 10, reasons: ['threshold.yellow', 'floor.redRiskPoint'], supervisionMonths: 3 });
    });
    it('one blue point out of control (0 → blue) is lifted to orange', () => {
      expect(areaLevel(f({ riskPoints: { blue: 1 }, outOfControl: 1 }), rule, freq)).toEqual({ level: 'orange', score: 0, reasons: ['threshold.blue', 'floor.outOfControlPoint'], supervisionMonths: 3 });
    });
    it('a grade-1 major hazard alone scores 40 → orange already: the floor holds but lifts nothing', () => {
      expect(areaLevel(f({ majorHazards: { 1: 1 } }), rule, freq)).toEqual({ level: 'orange', score: 40, reasons: ['threshold.orange'], supervisionMonths: 3 });
    });
    it('a grade-1 major hazard lifts the level when its weight is lowered (0 → blue, floor → orange)', () => {
      const light: AreaRule = { ...rule, weights: { ...rule.weights, majorHazard: { ...rule.weights.majorHazard, 1: 0 } } };
      expect(areaLevel(f({ majorHazards: { 1: 1 } }), light, freq)).toEqual({ level: 'orange', score: 0, reasons: ['threshold.blue', 'floor.grade1MajorHazard'], supervisionMonths: 3 });
    });
    it('floors never lower a level: red point in a red area stays red', () => {
      // 2 grade-1 (80) + 1 red (10) = 90 → red
      expect(areaLevel(f({ majorHazards: { 1: 2 }, riskPoints: { red: 1 } }), rule, freq)).toMatchObject({ level: 'red', reasons: ['threshold.red'] });
    });
    it('two floors fire together and both are named', () => {
      // 1 red (10) → yellow; red point and out of control → orange
      expect(areaLevel(f({ riskPoints: { red: 1 }, outOfControl: 1 }), rule, freq).reasons).toEqual(['threshold.yellow', 'floor.redRiskPoint', 'floor.outOfControlPoint']);
    });
    it('a floor configured as red lifts to red', () => {
      const strict: AreaRule = { ...rule, floors: { ...rule.floors, outOfControlPoint: 'red' } };
      expect(areaLevel(f({ riskPoints: { yellow: 1 }, outOfControl: 1 }), strict, freq)).toMatchObject({ level: 'red', supervisionMonths: 1 });
    });
  });

  it('the supervision frequency in force sets the months', () => {
    expect(areaLevel(f(), rule, { red: 1, orange: 2, yellow: 4, blue: 24 }).supervisionMonths).toBe(24);
  });

  it('the score is kept to 0.01: 1,234 residents = 0.1234 × 0.5 = 0.0617 → 0.06', () => {
    expect(areaScore(f({ population: 1_234 }), rule)).toBe(0.06);
  });
});
