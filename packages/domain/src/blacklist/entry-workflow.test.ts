// Every (status, action) pair of the blacklist workflow against the diagram in entry-workflow.ts; who may act; four
// eyes; the listing period's end.
import { describe, expect, it } from 'vitest';
import { addMonths, allowedEntryActions, mayActOnEntry, mayReview, nextEntryStatus } from './entry-workflow.js';
import { entryActions, entryStatuses, type EntryStatus } from './types.js';

const allowed: Record<string, EntryStatus> = {
  'proposed/review_approve': 'reviewed', 'proposed/review_reject': 'rejected', 'reviewed/decide': 'decided', 'decided/publish': 'published',
  'published/apply_repair': 'repairing', 'repairing/approve_repair': 'removed', 'repairing/reject_repair': 'published',
  'published/remove': 'removed', 'repairing/remove': 'removed', 'published/expire': 'expired', 'repairing/expire': 'expired',
};

describe('blacklist entry workflow', () => {
  for (const from of entryStatuses) {
    for (const action of entryActions) {
      const to = allowed[`${from}/${action}`] ?? null;
      it(`${from} --${action}--> ${to ?? 'refused'}`, () => expect(nextEntryStatus(from, action)).toBe(to));
    }
  }

  it('ends in rejected, removed and expired', () => {
    for (const s of ['rejected', 'removed', 'expired'] as const) expect(allowedEntryActions(s)).toEqual([]);
    expect(allowedEntryActions('published')).toEqual(['apply_repair', 'remove']);
  });

  it('lets departments and the admin decide, the enterprise apply for repair, the scheduler alone expire', () => {
    for (const a of ['review_approve', 'review_reject', 'decide', 'publish', 'approve_repair', 'reject_repair', 'remove'] as const) {
      expect(mayActOnEntry('department', a)).toBe(true);
      expect(mayActOnEntry('district_admin', a)).toBe(true);
      expect(mayActOnEntry('territory', a)).toBe(false);
      expect(mayActOnEntry('enterprise', a)).toBe(false);
      expect(mayActOnEntry('inspector', a)).toBe(false);
    }
    expect(mayActOnEntry('enterprise', 'apply_repair')).toBe(true);
    expect(mayActOnEntry('territory', 'apply_repair')).toBe(false);
    expect(mayActOnEntry('system', 'expire')).toBe(true);
    expect(mayActOnEntry('district_admin', 'expire')).toBe(false);
    expect(mayActOnEntry('system', 'publish')).toBe(false);
  });

  it('never lets the proposer review', () => {
    expect(mayReview('u1', 'u1')).toBe(false);
    expect(mayReview('u1', 'u2')).toBe(true);
    expect(mayReview(null, 'u2')).toBe(true);
  });

  it('adds months, clamping to the month’s end', () => {
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
