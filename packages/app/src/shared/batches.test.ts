// The batch loop's ends: a short batch, and a full batch that changed nothing (which would otherwise loop for ever).
import { describe, expect, it } from 'vitest';
import type { Db } from '@hazgov/db/database';
import { changeInBatches } from './batches.js';
import type { AppContext } from './context.js';

// only inTransaction's path is used: each batch "commits" at once
const ctx = { database: { db: { transaction: () => ({ execute: (work: (trx: Db) => unknown) => work({} as Db) }) } } } as unknown as AppContext;

describe('changeInBatches', () => {
  it('goes on while batches are full and change something, stops at a short one', async () => {
    let left = 7;
    const calls: number[] = [];
    const total = await changeInBatches(ctx, 3, async (_trx, size) => {
      const n = Math.min(size, left);
      left -= n;
      calls.push(n);
      return { fetched: n, changed: n };
    });
    expect(total).toBe(7);
    expect(calls).toEqual([3, 3, 1]);
  });

  it('stops at a full batch that changed nothing', async () => {
    let calls = 0;
    const total = await changeInBatches(ctx, 3, async () => {
      calls += 1;
      return { fetched: 3, changed: calls === 1 ? 2 : 0 };
    });
    expect(total).toBe(2);
    expect(calls).toBe(2);
  });
});
