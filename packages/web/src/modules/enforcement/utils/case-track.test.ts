import { describe, expect, it } from 'vitest';
import { canPublish, caseButtons, trackPosition } from './case-track';

describe('a case on its track', () => {
  it('places orders and penalties on their steps', () => {
    expect(trackPosition('rectification_order', 'issued')).toEqual({ current: 0, state: 'process' });
    expect(trackPosition('rectification_order', 'overdue')).toEqual({ current: 1, state: 'error' });
    expect(trackPosition('rectification_order', 'closed')).toEqual({ current: 2, state: 'finish' });
    expect(trackPosition('penalty', 'notified')).toEqual({ current: 2, state: 'process' });
    expect(trackPosition('penalty', 'closed')).toEqual({ current: 5, state: 'finish' });
  });
  it('offers only what the workflow allows and the role may do', () => {
    expect(caseButtons('inspector', 'rectification_order', 'issued')).toEqual(['comply']); // mark_overdue is the scheduler's
    expect(caseButtons('inspector', 'penalty', 'notified')).toEqual([]); // deciding is a department's
    expect(caseButtons('department', 'penalty', 'notified')).toEqual(['decide']);
    expect(caseButtons('territory', 'penalty', 'filed')).toEqual([]);
  });
  it('publishes decided penalties once, by a department or the office', () => {
    expect(canPublish('department', 'penalty', 'decided', null)).toBe(true);
    expect(canPublish('department', 'penalty', 'decided', '2026-01-01T00:00:00Z')).toBe(false);
    expect(canPublish('inspector', 'penalty', 'decided', null)).toBe(false);
    expect(canPublish('district_admin', 'rectification_order', 'closed', null)).toBe(false);
  });
});
