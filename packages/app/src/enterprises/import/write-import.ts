// Writes a WritePlan in ONE transaction, all of it or nothing, in the two phases the job reports:
//   writing     — parents before children (organisations, enterprises, sites, units, lines, licences), moves, updates;
//   identifying — GB 18218 for every unit written (identify-units.ts), stored in a few multi-row statements, the
//                 register rows of new major hazards, one audit entry per enterprise — chained exactly as recordAudit
//                 chains them (same lock, same hash) but inserted in batches — and the inbox messages.
import type { AuditLogTable } from '@hazgov/db/schema';
import type { Db } from '@hazgov/db/database';
import { lastAuditRow, lockAuditChain } from '@hazgov/db/audit/audit.repository';
import { findEnterprisePlaces, moveEnterprise } from '@hazgov/db/enterprises/enterprises.repository';
import { appendAuditRows, deleteLinesOfUnits, insertMany, updateById, updateIdentifications } from '@hazgov/db/enterprises-import/import-writes.repository';
import { GENESIS_HASH, hashAuditRow, type AuditActor } from '../../audit/audit-chain.js';
import type { AppContext } from '../../shared/context.js';
import { inTransaction } from '../../shared/transaction.js';
import { followEnterpriseMoves, type EnterprisePlace } from '../../risk/follow-enterprise-move.js';
import { identifyUnits } from './identify-units.js';
import { notifyCrossings } from './import-notifications.js';
import type { PlannedAudit, WritePlan } from './write-plan.js';

export const AUDIT_ACTION = 'enterprise.imported';
export const WRITE_STEPS = 8;

async function appendAudits(trx: Db, actor: AuditActor, audits: readonly PlannedAudit[], at: string): Promise<void> {
  if (audits.length === 0) return;
  await lockAuditChain(trx);
  const last = await lastAuditRow(trx);
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const rows: AuditLogTable[] = audits.map((a) => {
    seq += 1;
    const base: Omit<AuditLogTable, 'hash'> = {
      seq, at, actor_id: actor.userId, actor_name: actor.displayName, action: AUDIT_ACTION, entity: 'enterprise', entity_id: a.entityId,
      before_json: a.before === null || a.before === undefined ? null : JSON.stringify(a.before),
      after_json: JSON.stringify(a.after), prev_hash: prev,
    };
    prev = hashAuditRow(base);
    return { ...base, hash: prev };
  });
  await appendAuditRows(trx, rows);
}

async function placesOf(trx: Db, enterpriseIds: readonly string[]): Promise<Map<string, EnterprisePlace>> {
  const rows = await findEnterprisePlaces(trx, enterpriseIds);
  return new Map(rows.map((r) => [r.id, { territoryId: r.territory_id, gridId: r.grid_id }]));
}

export type WriteProgress = (phase: 'writing' | 'identifying', done: number, total: number) => void;

export async function writeImport(ctx: AppContext, plan: WritePlan, opts: { actor: AuditActor; at: string; onProgress?: WriteProgress }): Promise<void> {
  const writing = (n: number): void => opts.onProgress?.('writing', n, WRITE_STEPS);
  await inTransaction(ctx, async (trx) => {
    writing(0);
    await insertMany(trx, 'organisations', plan.organisations);
    await insertMany(trx, 'enterprises', plan.enterprises); writing(1);
    const movedFrom = await placesOf(trx, plan.moves.map((m) => m.enterpriseId));
    for (const m of plan.moves) await moveEnterprise(trx, m);
    for (const c of plan.organisationChanges) await updateById(trx, 'organisations', c.id, c.set);
    for (const c of plan.enterpriseChanges) await updateById(trx, 'enterprises', c.id, c.set);
    const movedTo = await placesOf(trx, plan.moves.map((m) => m.enterpriseId));
    // a moved enterprise takes its risk points along, as an edit does
    await followEnterpriseMoves(trx, ctx, plan.moves.flatMap((m) => {
      const from = movedFrom.get(m.enterpriseId);
      const to = movedTo.get(m.enterpriseId);
      return from && to ? [{ enterpriseId: m.enterpriseId, path: m.path, from, to }] : [];
    }));
    writing(2);
    await insertMany(trx, 'enterprise_sites', plan.sites); writing(3);
    await insertMany(trx, 'enterprise_units', plan.units); writing(4);
    for (const c of plan.unitChanges) await updateById(trx, 'enterprise_units', c.id, c.set);
    writing(5);
    await deleteLinesOfUnits(trx, plan.replacedLineUnits); writing(6);
    await insertMany(trx, 'inventory_lines', plan.lines); writing(7);
    await insertMany(trx, 'enterprise_licences', plan.licences);
    for (const c of plan.licenceChanges) await updateById(trx, 'enterprise_licences', c.id, c.set);
    writing(8);

    const total = plan.identify.length + 1;
    opts.onProgress?.('identifying', 0, total);
    const identified = await identifyUnits(plan, opts.at, (rows) => updateIdentifications(trx, rows), (done) => opts.onProgress?.('identifying', done, total));
    await insertMany(trx, 'major_hazard_register', identified.registers);
    await appendAudits(trx, opts.actor, plan.audits, opts.at);
    plan.result.notifications = await notifyCrossings(trx, identified.crossings, opts.at);
    opts.onProgress?.('identifying', total, total);
  });
}
