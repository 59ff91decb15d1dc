// Backup and restore round trips on the test database's dialect (SQLite, or PostgreSQL with DATABASE_URL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import { openDatabase } from '@hazgov/db/database';
import { migrateToLatest } from '@hazgov/db/migrate';
import type { Database } from '@hazgov/db/database';
import { systemActor, verifyAuditChain } from '@hazgov/app/audit/audit-chain';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { TOWN_A, organisationFixture } from '@hazgov/app/orgs/organisation-fixture';
import { createUser } from '@hazgov/app/users/create-user';
import { login } from '@hazgov/app/auth/login';
import { storeAttachment } from '@hazgov/app/attachments/store-attachment';
import { tinyPng } from '@hazgov/app/attachments/testing/sample-files';
import { backupDatabase } from './backup-database.js';
import { restoreDatabase } from './restore-database.js';
import { countRows } from './tables.js';

let source: Database;
let target: Database;
let dir: string;
const now = new Date('2026-03-02T00:00:00Z');

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-backup-'));
  source = await createTestDb();
  target = await createTestDb();
  const ctx = { database: source, now: () => now };
  await seedOrganisations(ctx, organisationFixture);
  await createUser(ctx, { actor: systemActor(), username: 'wq.town', displayName: '温泉镇', role: 'territory', organisationId: TOWN_A, password: 'Wenquan2017Safe' });
  await login(ctx, { username: 'wq.town', password: 'Wenquan2017Safe' });
  // a photo whose bytes hold every byte value (0x00 … 0xff), so a lossy encoding anywhere would show
  const actor = { userId: 'u-x', username: 'x', displayName: '检查员', role: 'inspector' as const, organisationId: 'org-safety-bureau', organisationPath: '/440117/org-safety-bureau/' };
  await source.db.transaction().execute((trx) => storeAttachment(trx, ctx, {
    actor, ownerKind: 'inspection', ownerId: 'insp-x', path: `/440117/${TOWN_A}/`, fileName: '现场.png', bytes: PHOTO, allow: 'image',
  }));
});
const PHOTO = Buffer.concat([tinyPng(), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.alloc(300_000, 0xab)]);
const photoOf = async (db: Database): Promise<Buffer[]> =>
  (await db.db.selectFrom('attachment_contents').select('content').execute()).map((r) => Buffer.from(r.content));
afterEach(async () => {
  await source.close();
  await target.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const counts = async (db: Database) => ({
  organisations: await countRows(db.db, 'organisations'),
  users: await countRows(db.db, 'users'),
  audit_log: await countRows(db.db, 'audit_log'),
  sessions: await countRows(db.db, 'sessions'),
  attachments: await countRows(db.db, 'attachments'),
});

describe('backup and restore', () => {
  it('round-trips through JSON lines: same rows, an intact audit chain, no sessions', async () => {
    const file = path.join(dir, 'b.jsonl');
    const r = await backupDatabase(source, file, now, 'jsonl');
    expect(r.format).toBe('jsonl');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'hazgov-backup', migration: '0004-inspections' });
    expect(JSON.parse(lines.at(-1) ?? '{}')).toEqual({ end: true, rows: lines.length - 2 });
    await restoreDatabase(target, file);
    const before = await counts(source);
    expect(await counts(target)).toEqual({ ...before, sessions: 0 });
    expect(await verifyAuditChain(target.db)).toEqual(await verifyAuditChain(source.db));
    expect(lines.find((l) => l.startsWith('{"t":"attachment_contents"'))).toContain('"$b64"');
    expect(await photoOf(target)).toEqual([PHOTO]); // the photo's bytes, exactly (bytea / blob)
  });

  it('refuses a non-empty target, and a truncated file leaves the target empty', async () => {
    const file = path.join(dir, 'b.jsonl');
    await backupDatabase(source, file, now, 'jsonl');
    await expect(restoreDatabase(source, file)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
    const cut = path.join(dir, 'cut.jsonl');
    fs.writeFileSync(cut, fs.readFileSync(file, 'utf8').split('\n').slice(0, -3).join('\n'));
    await expect(restoreDatabase(target, cut)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
    expect(await counts(target)).toEqual({ organisations: 0, users: 0, audit_log: 0, sessions: 0, attachments: 0 });
  });

  it('the default format follows the database (SQLite: a VACUUM INTO file; PostgreSQL: JSON lines) and restores', async () => {
    const file = path.join(dir, 'default-backup');
    const r = await backupDatabase(source, file, now);
    if (source.kind === 'sqlite') {
      expect(r.format).toBe('sqlite');
      expect(fs.readFileSync(r.file).subarray(0, 15).toString()).toBe('SQLite format 3');
    } else {
      expect(r.format).toBe('jsonl');
      expect(JSON.parse(fs.readFileSync(r.file, 'utf8').split('\n')[0] ?? '{}')).toMatchObject({ kind: 'postgres' });
    }
    await restoreDatabase(target, r.file);
    expect((await counts(target)).audit_log).toBe((await counts(source)).audit_log);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
    expect(await photoOf(target)).toEqual([PHOTO]);
  });

  it.skipIf(!process.env.DATABASE_URL)('moves SQLite → PostgreSQL and back with the photo bytes intact (blob ↔ bytea)', async () => {
    const file = path.join(dir, 'pg.jsonl');
    await backupDatabase(source, file, now, 'jsonl'); // source is PostgreSQL here
    const lite = openDatabase({ dataDir: path.join(dir, 'lite') });
    try {
      await migrateToLatest(lite.db);
      await restoreDatabase(lite, file);
      expect(await photoOf(lite)).toEqual([PHOTO]);
      const liteFile = path.join(dir, 'lite-backup.sqlite');
      expect((await backupDatabase(lite, liteFile, now)).format).toBe('sqlite');
      await restoreDatabase(target, liteFile); // a SQLite file into PostgreSQL
      expect(await photoOf(target)).toEqual([PHOTO]);
    } finally {
      await lite.close();
    }
  });
});
