// insertFindings against a real database: severity from the 20 criteria (data/inspections/major-criteria.json), 挂牌督办
// numbers counted per year, the audit entry per finding, the enterprise told, and a refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hazgov/db/database';
import { AppError } from '@hazgov/domain/shared/app-error';
import { createEnterprise } from '../enterprises/create-enterprise.js';
import { enterpriseInput } from '../enterprises/testing/enterprise-fixture.js';
import { clockedTestDb, districtAdmin as admin } from '../plans/testing/scheduler-testbed.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { insertFindings, type NewFinding } from './create-findings.js';

let database: Database;
let ctx: AppContext;
let enterpriseId = '';
const finding = (o: Partial<NewFinding> = {}): NewFinding => ({
  enterpriseId, inspectionId: null, itemId: null, source: 'inspection', category: '储存', description: '危化品仓库混存禁配物质',
  legalBasis: '危险化学品安全管理条例 第二十四条', majorCriteria: [], deadline: '2026-03-20', foundOn: '2026-03-01', ...o,
});

beforeAll(async () => {
  ({ database, ctx } = await clockedTestDb('2026-03-01T02:00:00.000Z')); // China 2026-03-01
  enterpriseId = await createEnterprise(ctx, { actor: admin, input: enterpriseInput() });
});
afterAll(async () => database.close());

describe('insertFindings', () => {
  it('creates general and major findings; majors are listed with 从安督〔2026〕N号 in order', async () => {
    const ids = await inTransaction(ctx, (trx) => insertFindings(trx, ctx, admin, [
      finding(), finding({ majorCriteria: ['mh20'] }), finding({ majorCriteria: ['mh02', 'mh02'] }),
    ]));
    const rows = await database.db.selectFrom('hazard_findings').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(ids.map((id) => byId.get(id)!.severity)).toEqual(['general', 'major', 'major']);
    expect(ids.map((id) => byId.get(id)!.supervision_no)).toEqual([null, '从安督〔2026〕1号', '从安督〔2026〕2号']);
    expect(byId.get(ids[2]!)!.major_criteria_json).toBe('["mh02"]');
    expect(byId.get(ids[0]!)!.territory_id).toBe('440117103');
    expect(byId.get(ids[0]!)!.status).toBe('open');
    const audits = await database.db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'hazard_finding').execute();
    expect(audits.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
    const told = await database.db.selectFrom('notifications').select('kind').where('kind', 'in', ['finding_created', 'finding_supervised']).execute();
    expect(told.filter((t) => t.kind === 'finding_created')).toHaveLength(3);
    expect(told.filter((t) => t.kind === 'finding_supervised')).toHaveLength(2);
    const next = await inTransaction(ctx, (trx) => insertFindings(trx, ctx, admin, [finding({ majorCriteria: ['mh01'] })]));
    const row = await database.db.selectFrom('hazard_findings').select('supervision_no').where('id', '=', next[0]!).executeTakeFirstOrThrow();
    expect(row.supervision_no).toBe('从安督〔2026〕3号');
  });

  it('refuses a past deadline, an unknown criterion and a blank description, naming field and row; nothing written', async () => {
    const before = await database.db.selectFrom('hazard_findings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const err = await inTransaction(ctx, (trx) => insertFindings(trx, ctx, admin, [
      finding(), finding({ deadline: '2026-02-28' }), finding({ majorCriteria: ['mh01', 'mh99'] }), finding({ description: ' ' }),
    ])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details).toEqual([
      { row: 2, field: 'deadline', code: 'FINDING_DEADLINE_PAST', params: { value: '2026-02-28', today: '2026-03-01' } },
      { row: 3, field: 'majorCriteria[1]', code: 'FINDING_CRITERION_UNKNOWN', params: { value: 'mh99' } },
      { row: 4, field: 'description', code: 'FINDING_DESCRIPTION_REQUIRED', params: {} },
    ]);
    const after = await database.db.selectFrom('hazard_findings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
