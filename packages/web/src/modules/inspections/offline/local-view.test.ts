import { describe, expect, it } from 'vitest';
import type { Inspection, SyncOp } from '../api/inspections.types';
import { mergeEdit, overlay, unanswered } from './local-view';

const item = (id: string, sort: number) => ({ id, sort, area: '工艺', content: `c${id}`, legalBasis: 'GB 30871', severityHint: 'general' as const, majorCriterion: null });
const inspection: Inspection = {
  id: 'i1', enterprise: { id: 'e1', name: 'E', blacklisted: false }, territory: null, plan: null, templateName: 'T', inspectors: [],
  scheduledOn: null, status: 'in_progress', submittedAt: null, failCount: 0, findingCount: 0,
  template: { id: 't', name: 'T', version: 1, items: [item('a', 1), item('b', 2), item('c', 3)] },
  results: [{ itemId: 'a', outcome: 'pass', note: null, recordedAt: '2026-11-28T01:00:00Z', findingId: null, photos: [] }],
  summary: null, representativeName: null, representativeConfirmedAt: null, version: 3, findings: [],
};
const empty: SyncOp = { opId: 'o1', inspectionId: 'i1', baseVersion: 3, at: '', results: [] };

describe('the phone queue', () => {
  it('keeps only the latest answer of an item in an unsent op', () => {
    let op = mergeEdit(empty, { result: { itemId: 'b', outcome: 'pass' } }, 't1');
    op = mergeEdit(op, { result: { itemId: 'c', outcome: 'not_applicable' } }, 't2');
    op = mergeEdit(op, { result: { itemId: 'b', outcome: 'fail', note: '法兰泄漏' } }, 't3');
    expect(op.results).toEqual([
      { itemId: 'c', outcome: 'not_applicable', recordedAt: 't2' },
      { itemId: 'b', outcome: 'fail', note: '法兰泄漏', recordedAt: 't3' },
    ]);
    expect(op.at).toBe('t3');
    expect(op.baseVersion).toBe(3); // the version the phone last saw, not changed by merging
  });

  it('shows the server copy with the queued answers over it, and what is still unanswered', () => {
    const op = mergeEdit(mergeEdit(empty, { result: { itemId: 'a', outcome: 'fail' } }, 't1'), { representativeName: '张三', submit: true }, 't2');
    const view = overlay(inspection, [op]);
    expect(view.results.find((r) => r.itemId === 'a')?.outcome).toBe('fail');
    expect(view.representativeName).toBe('张三');
    expect(view.submitQueued).toBe(true);
    expect(view.changedItems).toEqual(['a']);
    expect(unanswered(view)).toEqual(['b', 'c']);
    expect(inspection.results[0]?.outcome).toBe('pass'); // the cached copy itself is untouched
  });
});
