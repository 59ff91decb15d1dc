// Every string the UI shows goes through i18next: both languages must have every key the code uses, and the
// same keys as each other. (Keys built at run time, like `status.${s}`, are checked by their own lists below.)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseActions } from '@hazgov/domain/enforcement/case-workflow';
import { caseKinds, caseStatuses, penaltyKinds } from '@hazgov/domain/enforcement/types';
import { findingActions, findingSeverities, findingSources, findingStatuses } from '@hazgov/domain/hidden-dangers/types';
import { describe, expect, it } from 'vitest';
import { findingSorts } from '../modules/hidden-dangers/api/hidden-dangers.types';
import { loopSteps } from '../modules/hidden-dangers/utils/loop';
import { translationsEn as en, translationsZh as zhCN } from './translations';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
type Tree = { [k: string]: string | Tree };
const flat = (o: Tree, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : flat(v, `${p}${k}.`)));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(f);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [f] : [];
  });
}

const usedKeys = new Set<string>();
for (const f of sourceFiles(src)) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bt\(['"]([a-zA-Z0-9_.-]+)['"]/g)) if (m[1]) usedKeys.add(m[1]);

const dynamic = [
  ...['not_started', 'on_track', 'due_soon', 'overdue', 'done', 'waiting'].map((s) => `status.${s}`),
  ...['draft', 'submitted', 'returned', 'accepted'].map((s) => `reportStatus.${s}`),
  ...['lead', 'responsible', 'leadShort', 'responsibleShort'].map((s) => `role.${s}`),
  ...['district_admin', 'department', 'territory', 'enterprise', 'inspector', 'agency'].map((s) => `roles.${s}`),
  ...['contact_return', 'implementation_plan', 'summary'].map((s) => `submissionKind.${s}`),
  ...['fixed', 'ongoing', 'interim_deepening', 'interim_ongoing', 'conditional'].map((s) => `deadlineKind.${s}`),
  ...['holiday', 'makeup_workday', 'weekend', 'workday'].map((s) => `calendar.kind.${s}`),
  ...['unverified', 'not_covered'].map((s) => `calendar.coverage.${s}`),
  ...['dashboard', 'board', 'my-reports', 'review', 'submissions', 'notices', 'assessment', 'inbox', 'import', 'aliases', 'calendar', 'users', 'audit', 'enterprises', 'major-hazards', 'declarations', 'chemicals', 'risk', 'map', 'inspections', 'hidden-dangers', 'enforcement', 'blacklist'].map((s) => `nav.${s}`),
  // hidden dangers and enforcement: keys built from the domain's vocabularies
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

describe('i18n', () => {
  const zhKeys = new Set(flat(zhCN as Tree));
  const enKeys = new Set(flat(en as Tree));

  it('has every key the code uses, in both languages', () => {
    const missing = [...usedKeys, ...dynamic].flatMap((k) => [...(zhKeys.has(k) ? [] : [`zh-CN ${k}`]), ...(enKeys.has(k) ? [] : [`en ${k}`])]);
    expect(missing).toEqual([]);
  });

  it('has the same keys in Chinese and English', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('keeps interpolations the same in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',');
    const get = (o: Tree, k: string) => k.split('.').reduce<string | Tree | undefined>((a, p) => (typeof a === 'object' ? a[p] : undefined), o);
    const differ = [...zhKeys].filter((k) => {
      const a = get(zhCN as Tree, k);
      const b = get(en as Tree, k);
      return typeof a === 'string' && typeof b === 'string' && vars(a) !== vars(b);
    });
    expect(differ).toEqual([]);
  });
});
