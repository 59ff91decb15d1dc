import { describe, expect, it } from 'vitest';
import { chemicalBaseKey, chemicalNameKey } from './chemical-name.js';

describe('chemicalNameKey', () => {
  it('treats full-width, spaces, case and bracket styles alike', () => {
    expect(chemicalNameKey(' 硝酸铵（含可燃物≤0.2％） ')).toBe(chemicalNameKey('硝酸铵(含可燃物≤0.2%)'));
    expect(chemicalNameKey('tdi')).toBe('TDI');
    expect(chemicalNameKey('高氯酸【浓度＞72%】')).toBe('高氯酸[浓度>72%]');
    expect(chemicalNameKey('煤气(CO,CO和H₂、CH₄的混合物等)')).toBe('煤气(CO,CO和H2、CH4的混合物等)');
    expect(chemicalNameKey('1,3-丁二烯')).toBe(chemicalNameKey('1，3-丁二烯'));
  });
});

describe('chemicalBaseKey', () => {
  it.each([
    ['硝酸铵(含可燃物≤0.2%)', '硝酸铵'],
    ['硝化纤维素[干的或含水(或乙醇)<25%]', '硝化纤维素'],
    ['氯化氢（无水）', '氯化氢'],
    ['1-氯-2,3-环氧丙烷', '1-氯-2,3-环氧丙烷'],
    ['(钝化)改性硝酸铵', '(钝化)改性硝酸铵'],
    ['甲醇', '甲醇'],
  ])('%s → %s', (name, base) => {
    expect(chemicalBaseKey(name)).toBe(base);
  });
});
