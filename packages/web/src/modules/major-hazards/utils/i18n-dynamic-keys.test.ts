// Keys the major-hazards and chemicals pages build at run time (`majorHazards.problems.${code}.what` …): the
// shared i18n test cannot see them, so every one is listed here and checked in both languages.
import { describe, expect, it } from 'vitest';
import mhEn from '../i18n/en.json';
import mhZh from '../i18n/zh-CN.json';
import chEn from '../../chemicals/i18n/en.json';
import chZh from '../../chemicals/i18n/zh-CN.json';
import { listFlagKeys, restrictionLevels } from '../../chemicals/api/chemicals.types';
import { filingStatuses, grades, identificationStatuses } from '../api/major-hazards.types';
import { alphaBandKeys, basisCodes, problemCodes } from './problem-codes';

type Tree = { [k: string]: string | Tree };
const get = (o: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((a, p) => (typeof a === 'object' ? a[p] : undefined), o);

const mhKeys = [
  ...grades.flatMap((g) => [`grade.${g}`, `register.gradeCard.${g}`]),
  ...filingStatuses.map((s) => `filing.${s}`),
  ...identificationStatuses.flatMap((s) => [`status.${s}.short`, `status.${s}.hint`, `status.${s}.title`]),
  ...problemCodes.flatMap((c) => [`problems.${c}.what`, `problems.${c}.todo`]),
  ...alphaBandKeys.map((k) => `alphaBand.${k}`),
  ...['production', 'storage'].map((k) => `unitKind.${k}`),
  ...['tank_farm', 'warehouse', 'process', 'other'].map((k) => `facility.${k}`),
  ...['entered', 'layer'].map((k) => `populationSource.${k}`),
  ...['register', 'identify', 'monitoring'].map((k) => `nav.${k}`),
  ...['principal', 'technical', 'operations'].map((k) => `registerForm.${k}`),
  ...basisCodes.map((k) => `monitoring.sources.${k}`),
];
const chKeys = [
  ...listFlagKeys.map((k) => `flags.${k}`),
  ...restrictionLevels.map((l) => `restriction.level.${l}`),
  ...['catalog', 'restrictions', 'editions'].map((k) => `nav.${k}`),
];

describe('run-time i18n keys of major hazards and chemicals', () => {
  it.each([['zh-CN', mhZh, chZh], ['en', mhEn, chEn]])('%s has every one', (_lang, mh, ch) => {
    const missing = [
      ...mhKeys.filter((k) => typeof get(mh as Tree, k) !== 'string').map((k) => `majorHazards.${k}`),
      ...chKeys.filter((k) => typeof get(ch as Tree, k) !== 'string').map((k) => `chemicals.${k}`),
    ];
    expect(missing).toEqual([]);
  });
});
