// Keys built at run time (`inspections.status.${s}` …) are not seen by the i18n key scan: every value they can take
// must be in both languages.
import { describe, expect, it } from 'vitest';
import { enterpriseTypes, inspectionOutcomes, inspectionPlanKinds, inspectionStatuses, severityHints } from '@hazgov/domain/inspections/types';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';

type Tree = { [k: string]: string | Tree };
const get = (o: Tree, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Tree)[k] : undefined), o);

const dynamic = [
  ...inspectionStatuses.map((s) => `status.${s}`),
  ...inspectionOutcomes.map((o) => `outcome.${o}`),
  ...severityHints.map((s) => `severity.${s}`),
  ...enterpriseTypes.map((k) => `enterpriseType.${k}`),
  ...inspectionPlanKinds.map((k) => `plans.kind.${k}`),
  'plans.status.draft', 'plans.status.published', 'draw.status.drawn', 'draw.status.published',
  ...['red', 'orange', 'yellow', 'blue', 'none'].map((l) => `plans.level.${l}`), 'templates.source.starter', 'templates.source.admin',
  'conflict.field.outcome', 'conflict.field.note', 'conflict.field.summary', 'conflict.field.representativeName', 'nav.records', 'nav.plans', 'nav.templates',
];

describe('inspections: run-time keys', () => {
  it.each(dynamic)('%s in zh-CN and en', (key) => {
    expect(typeof get(zh as Tree, key)).toBe('string');
    expect(typeof get(en as Tree, key)).toBe('string');
  });
});
