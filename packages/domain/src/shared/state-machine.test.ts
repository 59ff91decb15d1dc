// The edge lookup itself; every real workflow's edges are tested in its own file (entry-workflow, case-workflow).
import { describe, expect, it } from 'vitest';
import { stateMachine } from './state-machine.js';

const m = stateMachine<'a' | 'b' | 'c', 'go' | 'back' | 'tick'>(
  [{ from: 'a', action: 'go', to: 'b' }, { from: 'b', action: 'back', to: 'a' }, { from: 'b', action: 'tick', to: 'c' }, { from: 'b', action: 'go', to: 'c' }],
  ['tick'],
);

describe('stateMachine', () => {
  it('follows an edge and refuses what has none', () => {
    expect(m.next('a', 'go')).toBe('b');
    expect(m.next('b', 'tick')).toBe('c');
    expect(m.next('a', 'back')).toBeNull();
    expect(m.next('c', 'go')).toBeNull();
  });

  it('offers a user the edges in order, without the scheduler’s', () => {
    expect(m.allowed('b')).toEqual(['back', 'go']);
    expect(m.allowed('c')).toEqual([]);
  });
});
