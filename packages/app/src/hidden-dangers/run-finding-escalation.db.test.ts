// The escalation pass with an injected clock (asOf is the China date the scheduler passes). Rule: the documented default
// territory 1 / department 7 / district 30 days overdue (domain/inspections/settings.ts). Findings of 温泉镇's enterprise,
// none from an inspection, so level 2 goes to the work-safety bureau (org-safety-bureau).
//   G1 general, deadline 03-01 · M1 major (mh01), deadline 03-01 · G2 general, deadline 03-20
//   03-01: on the deadline day nobody is overdue → nothing.
//   03-02: G1, M1 1 day over → level 1 (territory told: M1 by itself, G1 in one "1 项" notice); digests to the territory,
//          the bureau (it stands in as finder) and the district office.
//   03-08: 7 days → level 2 (the bureau).   04-15: G1, M1 45 days → 3; G2 26 days → straight from 0 to 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hazgov/db/database';
import { createEnterprise } from '../enterprises/create-enterprise.js';
import { enterpriseInput } from '../enterprises/testing/enterprise-fixture.js';
import { OFFICE, TOWN_A } from '../orgs/organisation-fixture.js';
import { clockedTestDb, districtAdmin as admin } from '../plans/testing/scheduler-testbed.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { insertFindings, type NewFinding } from './create-findings.js';
import { runFindingEscalation } from './run-finding-escalation.js';

const BUREAU = 'org-safety-bureau';
let database: Database;
let ctx: AppContext;
let setNow: (iso: string) => void;
let ids: string[] = [];

const levels = async () => {
  const rows = await database.db.selectFrom('hazard_findings').select(['id', 'escalation_level']).execute();
  const by = new Map(rows.map((r) => [r.id, r.escalation_level]));
  return ids.map((id) => by.get(id));
};
const told = async (kind: string) => (await database.db.selectFrom('notifications').select(['organisation_id', 'title', 'link']).where('kind', '=', kind).orderBy('dedupe_key').execute());
const at = (date: string) => setNow(`${date}T02:00:00.000Z`); // 10:00 in China

beforeAll(async () => {
  ({ database, ctx, setNow } = await clockedTestDb('2026-02-20T02:00:00.000Z'));
  const enterpriseId = await createEnterprise(ctx, { actor: admin, input: enterpriseInput() });
  const f = (o: Partial<NewFinding>): NewFinding => ({
    enterpriseId, inspectionId: null, itemId: null, source: 'inspection', category: '储存', description: '仓库混存', legalBasis: null,
    majorCriteria: [], deadline: '2026-03-01', foundOn: '2026-02-20', ...o,
  });
  ids = await inTransaction(ctx, (trx) => insertFindings(trx, ctx, admin, [f({}), f({ majorCriteria: ['mh01'], description: '主要负责人未经考核' }), f({ deadline: '2026-03-20' })]));
});
afterAll(async () => database.close());

describe('finding escalation', () => {
  it('is quiet on the deadline day', async () => {
    at('2026-03-01');
    expect(await runFindingEscalation(ctx, '2026-03-01')).toEqual({ escalated: { 1: 0, 2: 0, 3: 0 }, digests: 0 });
    expect(await levels()).toEqual([0, 0, 0]);
  });

  it('the day after: level 1, the territory told once (the major by itself), digests to territory, bureau and office; a rerun does nothing', async () => {
    at('2026-03-02');
    expect(await runFindingEscalation(ctx, '2026-03-02')).toEqual({ escalated: { 1: 2, 2: 0, 3: 0 }, digests: 3 });
    expect(await levels()).toEqual([1, 1, 0]);
    const esc = await told('finding_escalated');
    expect(esc.map((n) => n.title).sort()).toEqual(['1 项一般隐患逾期未整改，已升级至属地镇街', '重大隐患逾期未整改，已升级至属地镇街']);
    expect(esc.every((n) => n.organisation_id === TOWN_A)).toBe(true);
    const digests = await told('finding_digest');
    expect(digests.map((d) => d.organisation_id).sort()).toEqual([TOWN_A, BUREAU, OFFICE].sort());
    expect(digests[0]!.title).toBe('隐患整改日报（2026-03-02）：逾期未整改 2 项');
    expect(await runFindingEscalation(ctx, '2026-03-02')).toEqual({ escalated: { 1: 0, 2: 0, 3: 0 }, digests: 0 });
    expect(await told('finding_escalated')).toHaveLength(2);
  });

  it('a week over: level 2, the bureau told', async () => {
    at('2026-03-08');
    expect((await runFindingEscalation(ctx, '2026-03-08')).escalated).toEqual({ 1: 0, 2: 2, 3: 0 });
    expect(await levels()).toEqual([2, 2, 0]);
    expect((await told('finding_escalated')).filter((n) => n.organisation_id === BUREAU)).toHaveLength(2);
  });

  it('after a long gap a finding tells every level it passed (0 → 2), the month-old ones reach the district office', async () => {
    at('2026-04-15');
    expect((await runFindingEscalation(ctx, '2026-04-15')).escalated).toEqual({ 1: 0, 2: 1, 3: 2 });
    expect(await levels()).toEqual([3, 3, 2]);
    const esc = await told('finding_escalated');
    expect(esc.filter((n) => n.organisation_id === OFFICE).map((n) => n.title).sort()).toEqual(['1 项一般隐患逾期未整改，已升级至区安委办', '重大隐患逾期未整改，已升级至区安委办']);
    // G2 passed level 1 and level 2 in this one run: the territory and the bureau each got a "1 项" notice dated 04-15
    expect(esc.filter((n) => n.link === '/hidden-dangers?overdue=1&escalationLevel=1')).toHaveLength(2);
    const audit = await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', 'findings-escalation').execute();
    expect(audit).toHaveLength(3);
  });
});
