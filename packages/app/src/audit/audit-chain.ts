// The tamper-evident audit chain: each row's SM3 hash covers its content and the previous row's hash, and an
// anchor row holds the head. Editing, inserting or deleting any row breaks verification at that row.
import crypto from 'node:crypto';
import type { Db } from '@hazgov/db/database';
import { auditAnchor, auditRowsInOrder, insertAuditRow, lastAuditRow, lockAuditChain, type AuditRow } from '@hazgov/db/audit/audit.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';

export const GENESIS_HASH = '0'.repeat(64);

/** Who did it when no user did: the CLI, the scheduler, a failed sign-in by an unknown name. */
export type SystemActor = { userId: null; displayName: string };
export type AuditActor = Actor | SystemActor;
export const systemActor = (displayName = 'system'): SystemActor => ({ userId: null, displayName });

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at?: string;
};

export function sm3(text: string): string {
  return crypto.createHash('sm3').update(text, 'utf8').digest('hex');
}

export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const fields = [row.seq, row.at, row.actor_id ?? '', row.actor_name, row.action, row.entity, row.entity_id, row.before_json ?? '', row.after_json ?? '', row.prev_hash];
  return sm3(JSON.stringify(fields));
}

/** Append one entry; call inside the same transaction as the write it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  await lockAuditChain(db);
  const last = await lastAuditRow(db);
  const base: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at ?? new Date().toISOString(),
    actor_id: entry.actor.userId,
    actor_name: entry.actor.displayName,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const row = { ...base, hash: hashAuditRow(base) };
  await insertAuditRow(db, row);
  return row;
}

export type VerifyResult = { ok: true; checked: number } | { ok: false; checked: number; firstBroken: { seq: number; reason: string } };

export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for await (const row of auditRowsInOrder(db)) {
    const broken = (reason: string): VerifyResult => ({ ok: false, checked, firstBroken: { seq: row.seq, reason } });
    if (row.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: 'missing_row' } };
    if (row.prev_hash !== prevHash) return broken('prev_hash_mismatch');
    if (hashAuditRow(row) !== row.hash) return broken('content_changed');
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  const anchor = await auditAnchor(db);
  if (checked === 0 && !anchor) return { ok: true, checked };
  if (!anchor || anchor.seq !== expectedSeq - 1 || anchor.hash !== prevHash) {
    return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: 'head_mismatch' } };
  }
  return { ok: true, checked };
}
