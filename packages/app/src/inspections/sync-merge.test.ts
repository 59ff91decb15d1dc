// The merge rule of offline sync on hand-made cases: two phones on version 1, one already synced item 1 (version 2).
import { describe, expect, it } from 'vitest';
import { changedByOthers, planMerge, type ChangeEntry, type ResultValue } from './sync-merge.js';

const log: ChangeEntry[] = [
  { version: 2, userId: 'u-a', itemIds: ['i1'], fields: ['summary'] },
  { version: 3, userId: 'u-b', itemIds: ['i2'], fields: [] },
];
const current = new Map<string, ResultValue>([['i1', { outcome: 'fail', note: '无防爆' }], ['i2', { outcome: 'pass', note: null }]]);
const at = '2026-11-28T02:00:00.000Z';

describe('changedByOthers', () => {
  it('counts the writes after the base version by other users only', () => {
    expect(changedByOthers(log, 1, 'u-b')).toEqual({ items: new Set(['i1']), fields: new Set(['summary']) });
    expect(changedByOthers(log, 2, 'u-c')).toEqual({ items: new Set(['i2']), fields: new Set() });
    expect(changedByOthers(log, 3, 'u-c')).toEqual({ items: new Set(), fields: new Set() });
  });
});

describe('planMerge', () => {
  const others = changedByOthers(log, 1, 'u-b');
  const currentTop = { summary: '甲的小结', representativeName: null };

  it('an item changed on both sides to different values is a conflict per field; nothing of it is applied', () => {
    const plan = planMerge({ incoming: [{ itemId: 'i1', outcome: 'pass', note: '已整改', recordedAt: at }], top: {}, current, currentTop, others });
    expect(plan.apply).toEqual([]);
    expect(plan.conflicts).toEqual([
      { itemId: 'i1', field: 'outcome', mine: 'pass', theirs: 'fail' }, { itemId: 'i1', field: 'note', mine: '已整改', theirs: '无防爆' },
    ]);
  });

  it('the same value on both sides is no conflict and no write; an item nobody else touched is applied', () => {
    const plan = planMerge({
      incoming: [{ itemId: 'i1', outcome: 'fail', note: ' 无防爆 ', recordedAt: at }, { itemId: 'i3', outcome: 'not_applicable', note: '', recordedAt: at }],
      top: {}, current, currentTop, others,
    });
    expect(plan.conflicts).toEqual([]);
    expect(plan.apply).toEqual([{ itemId: 'i3', outcome: 'not_applicable', note: null, recordedAt: at }]);
  });

  it('the caller’s own earlier change is overwritten (later wins); a summary changed by another is a conflict', () => {
    const mine = changedByOthers(log, 1, 'u-a'); // u-a wrote version 2 itself; only i2 is another's
    const plan = planMerge({ incoming: [{ itemId: 'i1', outcome: 'pass', note: null, recordedAt: at }], top: { summary: '乙的小结' }, current, currentTop, others: mine });
    expect(plan.apply.map((r) => r.itemId)).toEqual(['i1']);
    expect(plan.fields).toEqual({ summary: '乙的小结' });
    expect(planMerge({ incoming: [], top: { summary: '乙的小结', representativeName: '王五' }, current, currentTop, others }))
      .toEqual({ apply: [], fields: { representativeName: '王五' }, conflicts: [{ itemId: null, field: 'summary', mine: '乙的小结', theirs: '甲的小结' }] });
  });
});
