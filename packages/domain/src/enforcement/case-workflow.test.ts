// Every (kind, status, action) triple of the case workflow: the allowed edges lead where the diagram in
// case-workflow.ts says, everything else is refused (null).
import { describe, expect, it } from 'vitest';
import { allowedCaseActions, caseActions, initialCaseStatus, mayActOnCase, mayPublishCase, nextCaseStatus, type CaseAction } from './case-workflow.js';
import { caseKinds, caseStatuses, type CaseKind, type CaseStatus } from './types.js';

const allowed: Record<CaseKind, Record<string, CaseStatus>> = {
  rectification_order: {
    'issued/comply': 'complied', 'issued/mark_overdue': 'overdue', 'overdue/comply': 'complied', 'complied/close': 'closed', 'overdue/close': 'closed',
  },
  penalty: {
    'filed/investigate': 'investigating', 'investigating/notify_party': 'notified', 'notified/decide': 'decided', 'decided/execute': 'executed', 'executed/close': 'closed',
  },
};

describe('case workflow', () => {
  for (const kind of caseKinds) {
    for (const from of caseStatuses) {
      for (const action of caseActions) {
        const to = allowed[kind][`${from}/${action}`] ?? null;
        it(`${kind}: ${from} --${action}--> ${to ?? 'refused'}`, () => expect(nextCaseStatus(kind, from, action)).toBe(to));
      }
    }
  }

  it('starts orders issued and penalties filed', () => {
    expect(initialCaseStatus('rectification_order')).toBe('issued');
    expect(initialCaseStatus('penalty')).toBe('filed');
  });

  it('offers users every edge but the scheduler’s', () => {
    expect(allowedCaseActions('rectification_order', 'issued')).toEqual(['comply']);
    expect(allowedCaseActions('penalty', 'notified')).toEqual(['decide']);
    expect(allowedCaseActions('penalty', 'closed')).toEqual([]);
  });

  it('lets only the scheduler mark overdue, only departments and the admin decide, never towns or enterprises', () => {
    expect(mayActOnCase('system', 'mark_overdue')).toBe(true);
    expect(mayActOnCase('district_admin', 'mark_overdue')).toBe(false);
    expect(mayActOnCase('system', 'comply')).toBe(false);
    const acts: CaseAction[] = ['comply', 'close', 'investigate', 'notify_party', 'execute'];
    for (const a of acts) {
      expect(mayActOnCase('inspector', a)).toBe(true);
      expect(mayActOnCase('territory', a)).toBe(false);
      expect(mayActOnCase('enterprise', a)).toBe(false);
    }
    expect(mayActOnCase('inspector', 'decide')).toBe(false);
    expect(mayActOnCase('department', 'decide')).toBe(true);
    expect(mayActOnCase('district_admin', 'decide')).toBe(true);
  });

  it('publishes decided penalties once, never orders', () => {
    expect(mayPublishCase('penalty', 'decided', null)).toBe(true);
    expect(mayPublishCase('penalty', 'executed', null)).toBe(true);
    expect(mayPublishCase('penalty', 'closed', null)).toBe(true);
    expect(mayPublishCase('penalty', 'notified', null)).toBe(false);
    expect(mayPublishCase('penalty', 'decided', '2026-03-01T00:00:00Z')).toBe(false);
    expect(mayPublishCase('rectification_order', 'closed', null)).toBe(false);
  });
});
