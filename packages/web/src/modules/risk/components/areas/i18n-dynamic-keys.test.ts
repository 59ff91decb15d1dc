// Keys the dashboard, area-risk and grading-rules pages build at run time (`risk.areas.levelLong.${l}` …): the shared
// i18n test cannot see them, so each is listed here and checked in both languages. The reason codes are the ones
// domain/risk/area-rule.ts documents (threshold.<level>, floor.<name>, population.unknown).
import { describe, expect, it } from 'vitest';
import { riskLevels, riskPointKinds } from '@hazgov/domain/risk/types';
import en from '../../i18n/areas.en.json';
import zh from '../../i18n/areas.zh-CN.json';
import { frequencyKey } from './rule-text';

type Tree = { [k: string]: string | Tree };
const get = (o: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((a, p) => (typeof a === 'object' ? a[p] : undefined), o);

const floors = ['grade1MajorHazard', 'redRiskPoint', 'outOfControlPoint'];
const reasonCodes = [...riskLevels.map((l) => `threshold.${l}`), ...floors.map((f) => `floor.${f}`), 'population.unknown'];
const keys = [
  ...riskLevels.flatMap((l) => [`levelLong.${l}`, `levelCard.${l}`]),
  ...riskPointKinds.map((k) => `kind.${k}`),
  ...['1', '2', '3', '4'].map((g) => `grade.${g}`),
  ...['territory', 'grid'].map((k) => `areaKind.${k}`),
  ...[1, 2, 3, 6, 12].map((m) => `frequency.${frequencyKey(m).key}`),
  ...reasonCodes.map((c) => `reason.${c.replace(/[^A-Za-z0-9_]/g, '_')}`),
  ...['not_below_previous', 'not_a_number', 'lowest_not_zero', 'empty'].map((c) => `settings.bandProblem.${c}`),
  ...floors.map((f) => `settings.floor.${f}`),
];

describe('run-time i18n keys of the risk dashboard, area risk and grading rules', () => {
  it.each([['zh-CN', zh], ['en', en]])('%s has every one', (_lang, tree) => {
    expect(keys.filter((k) => typeof get(tree as Tree, k) !== 'string')).toEqual([]);
  });
});
