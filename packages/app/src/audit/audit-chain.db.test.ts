// Tampering is done with raw SQL straight on the database, as an attacker with file or DB access would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import { GENESIS_HASH, recordAudit, sm3, verifyAuditChain } from './audit-chain.js';

const system = { userId: null, displayName: 'system' } as const;
let database: Database;

beforeEach(async () => {
  database = await createTestDb();
  for (let i = 1; i <= 5; i += 1) {
    await database.db.transaction().execute((trx) =>
      recordAudit(trx, { actor: system, action: 'update', entity: 'plan_task', entityId: `t${i}`, before: { progress: i - 1 }, after: { progress: i } }),
    );
  }
});
afterEach(async () => database.close());

describe('audit chain (SM3)', () => {
  it('uses SM3: the GB/T 32905-2016 test vector "abc"', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('an intact chain verifies and links each row to the previous one', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 5 });
    const first = await database.db.selectFrom('audit_log').selectAll().where('seq', '=', 1).executeTakeFirstOrThrow();
    expect(first.prev_hash).toBe(GENESIS_HASH);
  });

  it('detects an edited row', async () => {
    await sql`update audit_log set after_json = '{"progress":100}' where seq = 3`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'content_changed' } });
  });

  it('detects a deleted row in the middle', async () => {
    await sql`delete from audit_log where seq = 2`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'missing_row' } });
  });

  it('detects the newest row deleted (the head anchor no longer matches)', async () => {
    await sql`delete from audit_log where seq = 5`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: 'head_mismatch' } });
  });

  it('detects an inserted row, even one whose own hash is recomputed correctly', async () => {
    const row3 = await database.db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
    // shift rows 4..5 up and forge a new row 4 that chains onto row 3
    await sql`update audit_log set seq = seq + 10 where seq >= 4`.execute(database.db);
    await sql`update audit_log set seq = seq - 9 where seq >= 14`.execute(database.db);
    const forged = { seq: 4, at: row3.at, actor_id: null, actor_name: 'intruder', action: 'update', entity: 'plan_task', entity_id: 'tX', before_json: null, after_json: '{}', prev_hash: row3.hash };
    const { hashAuditRow } = await import('./audit-chain.js');
    await database.db.insertInto('audit_log').values({ ...forged, hash: hashAuditRow(forged) }).execute();
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: 'prev_hash_mismatch' } });
  });
});
