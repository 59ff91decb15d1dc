import { describe, expect, it } from 'vitest';
import { inIdOrder } from './in-id-order.js';

describe('inIdOrder', () => {
  it('puts rows back in the ids’ order and leaves out ids with no row', () => {
    expect(inIdOrder(['c', 'a', 'x', 'b'], [{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});
