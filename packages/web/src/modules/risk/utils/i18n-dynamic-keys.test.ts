// Keys the risk-point pages build at run time (`risk.level.${l}`, the scale meanings …): the shared i18n test
// cannot see them, so each is listed here and checked in both languages.
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { assessmentMethods, controlLevels, measureKinds, riskLevels, riskPointKinds, riskStatuses } from '../api/risk.types';
import { allScaleKeys } from './assessment-view';
import type { HistoryVerb } from './history';

type Tree = { [k: string]: string | Tree };
const get = (o: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((a, p) => (typeof a === 'object' ? a[p] : undefined), o);

const verbs: HistoryVerb[] = ['create', 'delete', 'override', 'review', 'comment', 'confirm', 'update'];
const keys = [
  ...riskLevels.flatMap((l) => [`level.${l}`, `assessment.handling.${l}`]),
  ...riskStatuses.map((s) => `status.${s}`),
  ...riskPointKinds.map((k) => `kind.${k}`),
  ...controlLevels.map((c) => `controlLevel.${c}`),
  ...measureKinds.map((m) => `measure.${m}`),
  ...assessmentMethods.flatMap((m) => [`method.${m}.name`, `method.${m}.hint`]),
  ...verbs.map((v) => `history.verb.${v}`),
  ...['points', 'dashboard', 'areas', 'settings'].map((k) => `nav.${k}`),
  ...allScaleKeys().map((k) => k.replace(/^risk\./, '')),
];

describe('risk point i18n keys built at run time', () => {
  it('exist in Chinese and English', () => {
    const missing = keys.flatMap((k) => [
      ...(typeof get(zh as Tree, k) === 'string' ? [] : [`zh-CN ${k}`]),
      ...(typeof get(en as Tree, k) === 'string' ? [] : [`en ${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
