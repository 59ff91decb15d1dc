import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { defaultBands } from './assessment.js';
import { defaultAreaRule, defaultSupervisionFrequency } from './area-rule.js';
import { validateAreaRule, validateBands, validateSupervisionFrequency } from './settings.js';
import type { AreaRule, RiskBands, SupervisionFrequency } from './types.js';

function fails(fn: () => void): { code: string; fields: string[]; details: AppError['details'] } {
  try { fn(); } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.details.map((d) => d.field ?? ''), details: e.details };
    throw e;
  }
  throw new Error('expected an AppError');
}
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('validateBands', () => {
  it('accepts the defaults', () => expect(() => validateBands(defaultBands)).not.toThrow());

  it('refuses bands out of order, naming the field', () => {
    const b = clone(defaultBands);
    b.lec[0]!.level = 'orange';
    const r = fails(() => validateBands(b));
    expect(r.code).toBe('RISK_BANDS_INVALID');
    expect(r.fields).toEqual(['bands.lec.0.level']);
    expect(r.details[0]!.code).toBe('RISK_BANDS_ORDER');
  });

  it('refuses minimums that are not strictly descending (orange 320 = red 320)', () => {
    const b = clone(defaultBands);
    b.lec[1]!.min = 320;
    const r = fails(() => validateBands(b));
    expect(r.details).toEqual([{ field: 'bands.lec.1.min', code: 'RISK_BANDS_NOT_DESCENDING', params: { field: 'bands.lec.1.min', method: 'LEC', n: 2, value: 320, above: 320 } }]);
  });

  it('refuses a lowest band above 0 (the scale would not be covered)', () => {
    const b = clone(defaultBands);
    b.ls[3]!.min = 1;
    expect(fails(() => validateBands(b)).details.map((d) => [d.field, d.code])).toEqual([['bands.ls.3.min', 'RISK_BANDS_LOWEST_NOT_ZERO']]);
  });

  it('refuses a negative or missing min and a wrong number of bands', () => {
    const b = clone(defaultBands) as unknown as { lec: unknown[]; ls: { min: unknown }[] };
    b.lec = b.lec.slice(0, 3);
    b.ls[2]!.min = -1;
    expect(fails(() => validateBands(b as unknown as RiskBands)).fields).toEqual(['bands.lec', 'bands.ls.2.min']);
  });

  it('refuses a matrix that is not 4×4 or holds an unknown level', () => {
    const b = clone(defaultBands);
    b.matrix[2]![1] = 'purple' as never;
    expect(fails(() => validateBands(b)).details).toMatchObject([{ field: 'bands.matrix.2.1', code: 'RISK_MATRIX_CELL_INVALID', params: { l: 3, s: 2 } }]);
    const c = clone(defaultBands);
    c.matrix.pop();
    expect(fails(() => validateBands(c)).fields).toEqual(['bands.matrix']);
  });
});

describe('validateAreaRule', () => {
  it('accepts the default', () => expect(() => validateAreaRule(defaultAreaRule)).not.toThrow());

  it('refuses negative weights, naming each', () => {
    const r = clone(defaultAreaRule);
    r.weights.majorHazard['2'] = -1;
    r.weights.populationPer10k = Number.NaN;
    const e = fails(() => validateAreaRule(r));
    expect(e.code).toBe('RISK_AREA_RULE_INVALID');
    expect(e.fields).toEqual(['areaRule.weights.majorHazard.2', 'areaRule.weights.populationPer10k']);
  });

  it('refuses thresholds not red > orange > yellow ≥ 0', () => {
    const r = clone(defaultAreaRule);
    r.thresholds = { red: 30, orange: 30, yellow: 40 };
    expect(fails(() => validateAreaRule(r)).details.map((d) => [d.field, d.code])).toEqual([
      ['areaRule.thresholds.red', 'RISK_THRESHOLDS_NOT_DESCENDING'], ['areaRule.thresholds.orange', 'RISK_THRESHOLDS_NOT_DESCENDING'],
    ]);
    const n = clone(defaultAreaRule);
    n.thresholds.yellow = -1;
    expect(fails(() => validateAreaRule(n)).fields).toEqual(['areaRule.thresholds.yellow']);
  });

  it('accepts a yellow threshold of 0 (every area at least yellow)', () => {
    const r = clone(defaultAreaRule);
    r.thresholds.yellow = 0;
    expect(() => validateAreaRule(r)).not.toThrow();
  });

  it('refuses a floor that is not a level', () => {
    const r = clone(defaultAreaRule) as AreaRule;
    (r.floors as Record<string, string>).redRiskPoint = 'crimson';
    expect(fails(() => validateAreaRule(r)).fields).toEqual(['areaRule.floors.redRiskPoint']);
  });
});

describe('validateSupervisionFrequency', () => {
  it('accepts the default (1, 3, 6, 12) and equal neighbours', () => {
    expect(() => validateSupervisionFrequency(defaultSupervisionFrequency)).not.toThrow();
    expect(() => validateSupervisionFrequency({ red: 1, orange: 1, yellow: 6, blue: 6 })).not.toThrow();
  });
  it('refuses 0, 25 and fractions', () => {
    const e = fails(() => validateSupervisionFrequency({ red: 0, orange: 2.5, yellow: 6, blue: 25 }));
    expect(e.code).toBe('RISK_FREQUENCY_INVALID');
    expect(e.fields).toEqual(['supervisionFrequency.red', 'supervisionFrequency.orange', 'supervisionFrequency.blue']);
  });
  it('refuses a better level visited more often than a worse one (yellow 2 < orange 3)', () => {
    const e = fails(() => validateSupervisionFrequency({ red: 1, orange: 3, yellow: 2, blue: 12 } as SupervisionFrequency));
    expect(e.details).toEqual([{ field: 'supervisionFrequency.yellow', code: 'RISK_FREQUENCY_ORDER', params: { field: 'supervisionFrequency.yellow', value: 2, worse: 'orange', worseValue: 3 } }]);
  });
});
