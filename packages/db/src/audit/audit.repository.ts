// Reads and appends rows of the audit chain. The hashing rule lives in app/src/audit; this file only queries.
import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { AuditLogTable } from '../schema.js';

export type AuditRow = AuditLogTable;

export async function lockAuditChain(db: Db): Promise<void> {
  // PostgreSQL: serialise appenders for the rest of the transaction. SQLite transactions are already serial.
  try {
    await sql`select pg_advisory_xact_lock(4401170001)`.execute(db);
  } catch {
    /* SQLite has no advisory locks and needs none */
  }
}

export async function lastAuditRow(db: Db): Promise<AuditRow | undefined> {
  return db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function insertAuditRow(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
  const anchored = await db.updateTable('audit_anchor').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).executeTakeFirst();
  if (Number(anchored.numUpdatedRows) === 0) await db.insertInto('audit_anchor').values({ id: 1, seq: row.seq, hash: row.hash }).execute();
}

export async function auditAnchor(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('audit_anchor').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
}

export async function* auditRowsInOrder(db: Db, pageSize = 5000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const row of page) yield row;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
  }
}

export async function listAudit(
  db: Db,
  filter: { entity?: string | undefined; entityId?: string | undefined; limit: number },
): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  return q.orderBy('seq', 'desc').limit(filter.limit).execute();
}
