// Keys the map builds at run time (`map.layer.${layer}`, `map.level.${level}` …): the shared i18n test cannot see
// them, so every one is listed here and checked in both languages.
import { featureLayers, mapLayers, sensitiveCategories } from '@hazgov/domain/map/types';
import { riskLevels, riskStatuses } from '@hazgov/domain/risk/types';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import enterprisesEn from '../../enterprises/i18n/en.json';
import enterprisesZh from '../../enterprises/i18n/zh-CN.json';
import { enterpriseActivities, hazardGrades } from './url-state';

type Tree = { [k: string]: string | Tree };
const get = (o: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((a, p) => (typeof a === 'object' ? a[p] : undefined), o);

const keys = [
  ...mapLayers.map((l) => `layer.${l}`),
  ...featureLayers.map((l) => `featureLayer.${l}`),
  ...riskLevels.flatMap((l) => [`level.${l}`, `levelShort.${l}`]),
  ...riskStatuses.map((s) => `riskStatus.${s}`),
  ...hazardGrades.map((g) => `grade.${g}`),
  ...sensitiveCategories.map((c) => `category.${c}`),
  ...['areas', ...featureLayers].map((k) => `import.help.${k}`),
  ...['wgs84', 'gcj02'].map((c) => `crs.${c}`),
];

describe('run-time i18n keys of the map', () => {
  it.each([['zh-CN', zh, enterprisesZh], ['en', en, enterprisesEn]])('%s has every one', (_lang, map, ent) => {
    const missing = [
      ...keys.filter((k) => typeof get(map as Tree, k) !== 'string').map((k) => `map.${k}`),
      ...enterpriseActivities.filter((a) => typeof get(ent as Tree, `activity.${a}`) !== 'string').map((a) => `enterprises.activity.${a}`),
    ];
    expect(missing).toEqual([]);
  });
});
