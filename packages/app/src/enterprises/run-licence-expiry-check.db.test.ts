// Licence expiry warnings raised by the scheduler itself, against a real database with an injected clock: the
// 90-day and 30-day warnings to the enterprise and its territory, each once; none for a licence valid beyond 90 days
// or already expired; a renewed licence (new expiry) is warned about again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hazgov/db/database';
import { clockedTestDb, districtAdmin as admin, runSchedulerOnce } from '../plans/testing/scheduler-testbed.js';
import type { AppContext } from '../shared/context.js';
import { addLicence } from './add-licence.js';
import { createEnterprise } from './create-enterprise.js';
import { runLicenceExpiryCheck } from './run-licence-expiry-check.js';
import { enterpriseInput } from './testing/enterprise-fixture.js';
import { updateLicence } from './update-licence.js';

let database: Database;
let ctx: AppContext;
let setNow: (iso: string) => void;
let organisationId: string;
let licenceA: string;
const warnings = async () => database.db.selectFrom('notifications').select(['organisation_id', 'kind', 'dedupe_key', 'path'])
  .where('kind', 'like', 'licence_expiring_%').orderBy('dedupe_key').execute();
const runScheduler = () => runSchedulerOnce(ctx);

beforeAll(async () => {
  ({ database, ctx, setNow } = await clockedTestDb('2026-01-01T02:00:00.000Z')); // China date 2026-01-01
  const id = await createEnterprise(ctx, { actor: admin, input: enterpriseInput() });
  organisationId = (await database.db.selectFrom('enterprises').select('organisation_id').where('id', '=', id).executeTakeFirstOrThrow()).organisation_id;
  const add = (number: string, expiresOn: string) => addLicence(ctx, { actor: admin, enterpriseId: id, input: { kind: 'hazchem_trade', number, expiresOn } });
  licenceA = (await add('A', '2026-03-31')).id; // 2026-01-01 → 03-31: 30 + 28 + 31 = 89 days
  await add('B', '2026-01-21'); // 20 days
  await add('C', '2026-06-30'); // 180 days
  await add('D', '2025-12-31'); // expired yesterday
});
afterAll(async () => database.close());

describe('licence expiry warnings', () => {
  it('the scheduler warns at 90 days (A) and at 30 days only for one first seen inside 30 days (B), to the enterprise and its territory', async () => {
    await runScheduler();
    const rows = await warnings();
    expect(rows.map((r) => `${r.kind}→${r.organisation_id === organisationId ? 'enterprise' : r.organisation_id}`).sort()).toEqual([
      'licence_expiring_30→440117103', 'licence_expiring_30→enterprise', 'licence_expiring_90→440117103', 'licence_expiring_90→enterprise',
    ]);
    expect(rows.find((r) => r.organisation_id === '440117103')?.path).toBe('/440117/440117103/');
    expect(rows.find((r) => r.organisation_id === organisationId)?.path).toBe(`/440117/440117103/${organisationId}/`);
  });

  it('a rerun the same day, or a restarted scheduler, sends nothing twice', async () => {
    expect((await runLicenceExpiryCheck(ctx, '2026-01-01')).notifications).toBe(0);
    await runScheduler();
    expect(await warnings()).toHaveLength(4);
  });

  it('A reaches 30 days on 2026-03-01 and gets its second warning once; B, expired by then, gets nothing more', async () => {
    setNow('2026-03-01T01:00:00.000Z'); // 2026-03-01 → 03-31 = 30 days
    await runScheduler();
    await runScheduler();
    const a = (await warnings()).filter((r) => r.dedupe_key.startsWith(`licence-expiry:${licenceA}:`));
    expect(a.map((r) => r.kind).sort()).toEqual(['licence_expiring_30', 'licence_expiring_30', 'licence_expiring_90', 'licence_expiring_90']);
    expect(await warnings()).toHaveLength(6);
  });

  it('a renewed licence with a new expiry is warned about again', async () => {
    await updateLicence(ctx, { actor: admin, licenceId: licenceA, input: { kind: 'hazchem_trade', number: 'A-2', expiresOn: '2026-05-01' } }); // 61 days
    const r = await runLicenceExpiryCheck(ctx, '2026-03-01');
    expect(r.notifications).toBe(2);
    const audit = await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', 'enterprises.licence-expiry').execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });
});
