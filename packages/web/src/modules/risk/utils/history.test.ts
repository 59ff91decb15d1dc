import { describe, expect, it } from 'vitest';
import { changedFields, historyVerb, subjectOf } from './history';

describe('risk history rows', () => {
  it('names the kind of change from the action', () => {
    expect(historyVerb('risk_point.override')).toBe('override');
    expect(historyVerb('risk_point.override_clear')).toBe('override');
    expect(historyVerb('risk_point.create')).toBe('create');
    expect(historyVerb('risk_point.review')).toBe('review');
    expect(historyVerb('risk_point.update')).toBe('update');
    expect(historyVerb('risk_point.delete')).toBe('delete');
  });
  it('lists changed fields without bookkeeping, and none for a create or delete', () => {
    expect(changedFields({ name: 'a', level: 'red', version: 1, updated_at: 'x' }, { name: 'a', level: 'orange', version: 2, updated_at: 'y' })).toEqual(['level']);
    expect(changedFields(null, { name: 'a' })).toEqual([]);
    expect(changedFields({ enterprise_id: 'e', territory_name: 'x', status: 'attention' }, { enterprise_id: 'f', territory_name: 'y', status: 'controlled' })).toEqual(['status']);
  });
  it('tells what a confirmation or comment was about', () => {
    expect(subjectOf('risk_confirmation', { post: '巡检工', person_name: '张三' })).toBe('巡检工 · 张三');
    expect(subjectOf('risk_comment', { body: '请补充记录' })).toBe('请补充记录');
    expect(subjectOf('risk_point', { name: 'x' })).toBeNull();
  });
});
