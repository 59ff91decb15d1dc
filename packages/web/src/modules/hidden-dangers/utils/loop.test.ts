import { describe, expect, it } from 'vitest';
import { actionsFor, canSupervise, evidenceKindFor, loopPosition } from './loop';

describe('the finding loop on the page', () => {
  it('places each status on its step, a returned one in error', () => {
    expect(loopPosition('open', false)).toEqual({ current: 0, state: 'process' });
    expect(loopPosition('rectifying', false)).toEqual({ current: 1, state: 'process' });
    expect(loopPosition('rectifying', true)).toEqual({ current: 1, state: 'error' });
    expect(loopPosition('awaiting_verification', true)).toEqual({ current: 2, state: 'process' });
    expect(loopPosition('closed', true)).toEqual({ current: 3, state: 'finish' });
  });
  it('offers the enterprise its plan and rectification, the regulator verify / return / reopen / extend', () => {
    expect(actionsFor('enterprise', 'open')).toEqual(['submit_plan']);
    expect(actionsFor('enterprise', 'rectifying')).toEqual(['submit_plan', 'submit_rectification']);
    expect(actionsFor('enterprise', 'awaiting_verification')).toEqual([]);
    expect(actionsFor('inspector', 'awaiting_verification')).toEqual(['verify', 'return', 'extend_deadline']);
    expect(actionsFor('territory', 'open')).toEqual(['extend_deadline']);
    expect(actionsFor('department', 'closed')).toEqual(['reopen']);
    expect(actionsFor('agency', 'open')).toEqual([]);
  });
  it('lets the right people add evidence and list for supervision', () => {
    expect(evidenceKindFor('enterprise', 'rectifying')).toBe('rectification');
    expect(evidenceKindFor('enterprise', 'closed')).toBeNull();
    expect(evidenceKindFor('inspector', 'awaiting_verification')).toBe('verification');
    expect(evidenceKindFor('inspector', 'open')).toBeNull();
    expect(canSupervise('department', 'major')).toBe(true);
    expect(canSupervise('department', 'general')).toBe(false);
    expect(canSupervise('inspector', 'major')).toBe(false);
  });
});
