// The hidden-danger and enforcement pages' keys, in both languages: the literal t('hiddenDangers.…') / t('enforcement.…')
// calls in their files, and the keys built at run time from the domain's vocabularies (statuses, actions …).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseActions } from '@hazgov/domain/enforcement/case-workflow';
import { caseKinds, caseStatuses, penaltyKinds } from '@hazgov/domain/enforcement/types';
import { findingActions, findingSeverities, findingSources, findingStatuses } from '@hazgov/domain/hidden-dangers/types';
import { describe, expect, it } from 'vitest';
import enfEn from '../enforcement/i18n/en.json';
import enfZh from '../enforcement/i18n/zh-CN.json';
import hdEn from './i18n/en.json';
import hdZh from './i18n/zh-CN.json';
import { findingSorts } from './api/hidden-dangers.types';
import { loopSteps } from './utils/loop';

type Tree = { [k: string]: string | Tree };
const zh = { hiddenDangers: hdZh, enforcement: enfZh } as Tree;
const en = { hiddenDangers: hdEn, enforcement: enfEn } as Tree;
const get = (o: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((a, p) => (typeof a === 'object' ? a[p] : undefined), o);
const flat = (o: Tree, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : flat(v, `${p}${k}.`)));

const here = path.dirname(fileURLToPath(import.meta.url));
const files = [
  ...['hidden-dangers', 'enforcement'].flatMap((m) => walk(path.resolve(here, '..', m))),
  ...['HiddenDangersPage', 'HiddenDangerPage', 'HiddenDangerStatsPage', 'HiddenDangerSettingsPage', 'EnforcementPage', 'EnforcementCasePage']
    .map((p) => path.resolve(here, '../../pages', `${p}.tsx`)),
];
function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) return walk(f);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [f] : [];
  });
}
const literal = new Set<string>();
for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bt\(['"]((?:hiddenDangers|enforcement)\.[a-zA-Z0-9_.-]+)['"]/g)) if (m[1]) literal.add(m[1]);

const dynamic = [
  ...findingStatuses.map((s) => `hiddenDangers.status.${s}`),
  ...findingSeverities.map((s) => `hiddenDangers.severity.${s}`),
  ...findingSources.map((s) => `hiddenDangers.source.${s}`),
  ...findingActions.flatMap((a) => [`hiddenDangers.action.${a}`, `hiddenDangers.actionDone.${a}`]),
  // the timeline's other entries (app/hidden-dangers/get-finding.ts timelineEntry)
  ...['created', 'escalated_1', 'escalated_2', 'escalated_3', 'supervision_listed', 'supervision_delisted', 'evidence_rectification', 'evidence_verification']
    .map((a) => `hiddenDangers.action.${a}`),
  ...[1, 2, 3].flatMap((l) => [`hiddenDangers.escalation.level${l}`, `hiddenDangers.escalation.hint${l}`]),
  ...loopSteps.map((s) => `hiddenDangers.loop.${s}`),
  ...['rectification', 'verification'].map((k) => `hiddenDangers.evidence.upload.${k}`),
  ...findingSorts.map((s) => `hiddenDangers.list.sortBy.${s}`),
  ...['order', 'majorShorter', 'duplicateKey'].map((k) => `hiddenDangers.settings.problem.${k}`),
  ...['found', 'closed', 'open', 'overdue', 'major', 'closureRate', 'onTimeRate'].map((k) => `hiddenDangers.stats.card.${k}`),
  ...caseKinds.map((k) => `enforcement.kind.${k}`),
  ...caseStatuses.map((s) => `enforcement.status.${s}`),
  ...penaltyKinds.map((k) => `enforcement.penaltyKind.${k}`),
  ...caseActions.map((a) => `enforcement.action.${a}`),
];

describe('hidden-danger and enforcement i18n keys', () => {
  it('exist in Chinese and English', () => {
    const missing = [...literal, ...dynamic].flatMap((k) => [
      ...(typeof get(zh, k) === 'string' ? [] : [`zh-CN ${k}`]),
      ...(typeof get(en, k) === 'string' ? [] : [`en ${k}`]),
    ]);
    expect(literal.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
  it('are the same keys in both languages', () => {
    expect(flat(en).sort()).toEqual(flat(zh).sort());
  });
});
