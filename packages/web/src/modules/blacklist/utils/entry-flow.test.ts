import { entryActions, entryStatuses } from '@hazgov/domain/blacklist/types';
import { describe, expect, it } from 'vitest';
import { actionFields, actionsFor, currentStep, defaultDuration, mayTake, nextActions } from './entry-flow';

describe('the entry page buttons', () => {
  it('knows every status and every action of the domain', () => {
    expect(Object.keys(nextActions).sort()).toEqual([...entryStatuses].sort());
    expect(Object.keys(actionFields).sort()).toEqual([...entryActions].sort());
    for (const s of entryStatuses) expect(currentStep(s).index).toBeGreaterThanOrEqual(0);
  });

  it('offers review to the office and departments, not to a town or an enterprise', () => {
    expect(actionsFor('proposed', 'district_admin')).toEqual(['review_approve', 'review_reject']);
    expect(actionsFor('proposed', 'department')).toEqual(['review_approve', 'review_reject']);
    expect(actionsFor('proposed', 'territory')).toEqual([]);
    expect(actionsFor('proposed', 'enterprise')).toEqual([]);
  });

  it('lets the listed enterprise apply for credit repair, but not approve it', () => {
    expect(actionsFor('published', 'enterprise')).toEqual(['apply_repair']);
    expect(actionsFor('published', 'territory')).toEqual([]); // a town proposes, but neither repairs nor removes
    expect(actionsFor('repairing', 'enterprise')).toEqual([]);
    expect(actionsFor('repairing', 'district_admin')).toEqual(['approve_repair', 'reject_repair']);
  });

  it('never offers expire (the scheduler does it) and nothing after the end', () => {
    for (const r of ['district_admin', 'department', 'territory', 'enterprise', 'inspector', 'agency'] as const) expect(mayTake('expire', r)).toBe(false);
    expect(actionsFor('removed', 'district_admin')).toEqual([]);
    expect(actionsFor('expired', 'district_admin')).toEqual([]);
    expect(actionsFor('rejected', 'district_admin')).toEqual([]);
  });

  it('shows a rejection as an error at the review step', () => {
    expect(currentStep('rejected')).toEqual({ index: 1, state: 'error' });
    expect(currentStep('removed')).toEqual({ index: 5, state: 'finish' });
  });

  it('defaults the duration to the longest of the criteria, else 12 months (blacklist-criteria.json defaultDurationMonths)', () => {
    expect(defaultDuration([{ durationMonths: 12 }, { durationMonths: 36 }])).toBe(36);
    expect(defaultDuration([])).toBe(12);
  });
});
