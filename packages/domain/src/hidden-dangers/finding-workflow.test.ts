// Every (status, action, side) of the finding workflow: the table below is the expected answer, written out by hand from
// the loop in docs/hidden-dangers.md, and the state machine is checked against all 4 × 6 × 2 combinations.
import { describe, expect, it } from 'vitest';
import { findingActions, findingStatuses, type FindingAction, type FindingStatus } from './types.js';
import {
  availableFindingActions, deadlineCutoffFor, escalationLevelFor, nextFindingStatus, overdueDaysOf, severityFromCriteria, sidesOf, supervisionNumber,
} from './finding-workflow.js';

// [action, from, side that may, to]
const allowed: [FindingAction, FindingStatus, 'enterprise' | 'regulator', FindingStatus][] = [
  ['submit_plan', 'open', 'enterprise', 'rectifying'],
  ['submit_plan', 'rectifying', 'enterprise', 'rectifying'],
  ['submit_rectification', 'rectifying', 'enterprise', 'awaiting_verification'],
  ['verify', 'awaiting_verification', 'regulator', 'closed'],
  ['return', 'awaiting_verification', 'regulator', 'rectifying'],
  ['reopen', 'closed', 'regulator', 'open'],
  ['extend_deadline', 'open', 'regulator', 'open'],
  ['extend_deadline', 'rectifying', 'regulator', 'rectifying'],
  ['extend_deadline', 'awaiting_verification', 'regulator', 'awaiting_verification'],
];

describe('finding workflow', () => {
  for (const status of findingStatuses) {
    for (const action of findingActions) {
      const rule = allowed.find(([a, s]) => a === action && s === status);
      if (rule) {
        const [, , side, to] = rule;
        const other = side === 'enterprise' ? 'regulator' : 'enterprise';
        it(`${status} --${action}--> ${to} by the ${side}, refused to the ${other}`, () => {
          expect(nextFindingStatus(status, action, [side])).toEqual({ ok: true, to });
          expect(nextFindingStatus(status, action, [other])).toEqual({ ok: false, reason: 'wrong_side' });
          expect(nextFindingStatus(status, action, ['enterprise', 'regulator'])).toEqual({ ok: true, to }); // the admin
          expect(nextFindingStatus(status, action, [])).toEqual({ ok: false, reason: 'wrong_side' });
        });
      } else {
        it(`${status} --${action}--> refused for everyone`, () => {
          for (const sides of [['enterprise'], ['regulator'], ['enterprise', 'regulator']] as const) {
            expect(nextFindingStatus(status, action, sides)).toEqual({ ok: false, reason: 'not_allowed' });
          }
        });
      }
    }
  }

  it('sides: the admin both, an enterprise only its own, regulators one, an agency none', () => {
    expect(sidesOf('district_admin', false)).toEqual(['enterprise', 'regulator']);
    expect(sidesOf('enterprise', true)).toEqual(['enterprise']);
    expect(sidesOf('enterprise', false)).toEqual([]);
    for (const r of ['department', 'territory', 'inspector'] as const) expect(sidesOf(r, false)).toEqual(['regulator']);
    expect(sidesOf('agency', false)).toEqual([]);
  });

  it('lists the buttons of a status', () => {
    expect(availableFindingActions('awaiting_verification', ['regulator'])).toEqual(['verify', 'return', 'extend_deadline']);
    expect(availableFindingActions('open', ['enterprise'])).toEqual(['submit_plan']);
    expect(availableFindingActions('closed', ['enterprise'])).toEqual([]);
  });
});

describe('overdue and escalation', () => {
  const rule = { territoryDays: 1, departmentDays: 7, districtDays: 30 }; // the documented default (domain/inspections/settings.ts)
  it('counts whole days past the deadline only while the enterprise owes work', () => {
    expect(overdueDaysOf('open', '2026-03-01', '2026-03-01')).toBe(0); // the deadline day itself is on time
    expect(overdueDaysOf('rectifying', '2026-03-01', '2026-03-02')).toBe(1);
    expect(overdueDaysOf('open', '2026-02-28', '2026-03-01')).toBe(1); // across the end of February (28 days in 2026)
    expect(overdueDaysOf('awaiting_verification', '2026-01-01', '2026-03-01')).toBe(0);
    expect(overdueDaysOf('closed', '2026-01-01', '2026-03-01')).toBe(0);
  });
  it('reaches each level on its day', () => {
    expect([0, 1, 6, 7, 29, 30, 400].map((d) => escalationLevelFor(d, rule))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(escalationLevelFor(1, { territoryDays: 0, departmentDays: 7, districtDays: 30 })).toBe(1);
  });
  it('turns a level into a deadline cutoff: deadline ≤ cutoff ⇔ level reached', () => {
    // today 2026-03-31: level 1 needs ≥ 1 day → deadline ≤ 03-30; level 2 ≥ 7 → ≤ 03-24; level 3 ≥ 30 → ≤ 03-01
    expect([1, 2, 3].map((l) => deadlineCutoffFor(l as 1 | 2 | 3, rule, '2026-03-31'))).toEqual(['2026-03-30', '2026-03-24', '2026-03-01']);
    for (const deadline of ['2026-03-01', '2026-03-02', '2026-03-24', '2026-03-25', '2026-03-30', '2026-03-31']) {
      const level = escalationLevelFor(overdueDaysOf('open', deadline, '2026-03-31'), rule);
      for (const l of [1, 2, 3] as const) expect(deadline <= deadlineCutoffFor(l, rule, '2026-03-31')).toBe(level >= l);
    }
  });
});

describe('severity from criteria', () => {
  const criteria = [{ key: 'mh01', text: 'a', basis: 'b', verified: false }, { key: 'mh02', text: 'c', basis: 'b', verified: false }];
  it('is major with any known criterion, general with none, and names an unknown one by index', () => {
    expect(severityFromCriteria([], criteria)).toEqual({ ok: true, severity: 'general', criteria: [] });
    expect(severityFromCriteria(['mh02', 'mh01', 'mh02'], criteria)).toEqual({ ok: true, severity: 'major', criteria: ['mh02', 'mh01'] });
    expect(severityFromCriteria(['mh01', 'mh21'], criteria)).toEqual({ ok: false, index: 1, key: 'mh21' });
  });
  it('numbers supervision as 从安督〔YYYY〕N号', () => expect(supervisionNumber(2026, 12)).toBe('从安督〔2026〕12号'));
});
