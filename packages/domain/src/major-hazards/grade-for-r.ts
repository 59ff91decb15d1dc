// Grade of a major hazard installation from R, GB 18218-2018 clause 4.3.5 and Table 6:
// 一级 R ≥ 100; 二级 100 > R ≥ 50; 三级 50 > R ≥ 10; 四级 R < 10 — each lower edge belongs to the more serious grade.
import { gb18218Table6, inTable6Band, type Table6Band } from './gb18218-tables.js';
import type { Rational } from './rational.js';

export function gradeForR(R: Rational): Table6Band {
  const band = gb18218Table6.find((b) => inTable6Band(b, R));
  if (!band) throw new Error('gb18218-grading.json: Table 6 leaves a gap');
  return band;
}
