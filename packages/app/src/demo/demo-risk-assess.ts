// Demo assessments: the inputs an assessor would choose, picked so the default bands (domain/risk/assessment.ts
// defaultBands) give the colour wanted — a few red, more orange, most yellow or blue. The score and level stored are
// then computed by the domain's `assess` with the bands in force, never written by hand. Each option's product is
// written beside it (LEC D = L×E×C: red ≥ 320, orange 160–319, yellow 70–159, blue < 70; LS R = L×S: red ≥ 20,
// orange 15–16, yellow 9–12, blue < 9; matrix: the cell of the 4×4 table).
import type { AssessmentInputs, AssessmentMethod, RiskLevel } from '@hazgov/domain/risk/types';
import type { Rng } from './prng.js';

type Option = { method: AssessmentMethod; inputs: AssessmentInputs };
const lec = (l: number, e: number, c: number): Option => ({ method: 'lec', inputs: { l, e, c } });
const ls = (l: number, s: number): Option => ({ method: 'ls', inputs: { l, s } });
const matrix = (l: number, s: number): Option => ({ method: 'matrix', inputs: { l, s } });

const OPTIONS: Record<RiskLevel, { lec: Option[]; ls: Option[]; matrix: Option[] }> = {
  red: { lec: [lec(3, 6, 40) /* 720 */, lec(6, 6, 15) /* 540 */, lec(1, 6, 100) /* 600 */, lec(3, 3, 40) /* 360 */], ls: [ls(4, 5), ls(5, 4)], matrix: [matrix(3, 4), matrix(4, 3)] },
  orange: { lec: [lec(3, 6, 15) /* 270 */, lec(1, 6, 40) /* 240 */, lec(6, 2, 15) /* 180 */, lec(3, 2, 40) /* 240 */], ls: [ls(3, 5), ls(4, 4), ls(5, 3)], matrix: [matrix(2, 4), matrix(3, 3), matrix(4, 2)] },
  yellow: { lec: [lec(3, 6, 7) /* 126 */, lec(1, 6, 15) /* 90 */, lec(3, 3, 15) /* 135 */, lec(6, 2, 7) /* 84 */, lec(1, 3, 40) /* 120 */], ls: [ls(3, 3), ls(2, 5), ls(3, 4)], matrix: [matrix(2, 2), matrix(3, 2), matrix(1, 4)] },
  blue: { lec: [lec(1, 6, 7) /* 42 */, lec(3, 2, 7) /* 42 */, lec(1, 3, 15) /* 45 */, lec(0.5, 6, 15) /* 45 */, lec(1, 2, 7) /* 14 */, lec(3, 6, 3) /* 54 */], ls: [ls(2, 3), ls(2, 4), ls(1, 5)], matrix: [matrix(1, 1), matrix(2, 1), matrix(1, 3)] },
};

/** Mostly LEC (about 70 %), some LS (20 %), a few matrix (10 %). */
export function pickAssessment(rng: Rng, level: RiskLevel, method?: AssessmentMethod): Option {
  const r = rng.next();
  const m = method ?? (r < 0.7 ? 'lec' : r < 0.9 ? 'ls' : 'matrix');
  return rng.pick(OPTIONS[level][m]);
}

/** A level drawn with weights [red, orange, yellow, blue]. */
export function drawLevel(rng: Rng, weights: readonly [number, number, number, number]): RiskLevel {
  const total = weights.reduce((s, w) => s + w, 0);
  let x = rng.next() * total;
  const levels: RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];
  for (let i = 0; i < 4; i += 1) {
    x -= weights[i]!;
    if (x < 0) return levels[i]!;
  }
  return 'blue';
}

/** Review interval by level (days): 重大 monthly, 较大 quarterly, 一般 half-yearly, 低 yearly. */
export const REVIEW_DAYS: Record<RiskLevel, number> = { red: 30, orange: 90, yellow: 180, blue: 365 };
/** Control level by colour: 重大 the company, 较大 a department, 一般 a team, 低 the post. */
export const CONTROL_LEVEL: Record<RiskLevel, 'company' | 'department' | 'team' | 'post'> = { red: 'company', orange: 'department', yellow: 'team', blue: 'post' };
export const RESPONSIBLE_DEPARTMENT: Record<RiskLevel, readonly string[]> = {
  red: ['公司安全生产委员会', '总经理办公室'], orange: ['安全环保部', '生产技术部', '储运部'], yellow: ['生产车间', '储运班组', '设备维修班'], blue: ['岗位班组', '仓储班组'],
};
