// POST /api/inspections/sync: the phone's queue of offline operations, each applied in its OWN transaction, in order.
// - An opId already applied answers its first outcome again (sync_receipts; the receipt is written in the same
//   transaction as the change, so a replay — even two at once — writes nothing twice).
// - A baseVersion older than the record: the merge rule of sync-merge.ts (conflicts per item and field, the rest applied).
// - `at` is the phone's time: an operation a day old applies like a fresh one (nothing is refused for its age).
// - `submit` (when nothing conflicted) needs every item answered and the representative's name; it turns every fail
//   into a finding (insertFindings, same transaction) and the record is closed for edits.
// - A refused operation writes nothing and leaves no receipt, so the phone may correct and resend it.
import type { Db } from '@hazgov/db/database';
import {
  findSyncReceipt, insertSyncReceipt, listResults, listWritingReceipts, setResultFinding, updateInspectionAtVersion, upsertResult,
  type InspectionView,
} from '@hazgov/db/inspections/inspections.repository';
import { listChecklistItems } from '@hazgov/db/inspections/checklist-templates.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { inspectionOutcomes } from '@hazgov/domain/inspections/types';
import { recordAudit } from '../audit/audit-chain.js';
import { insertFindings, type NewFinding } from '../hidden-dangers/create-findings.js';
import { addDays, chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadInspectionSettings } from './inspection-settings.js';
import { requireRecordable } from './inspection-access.js';
import { changedByOthers, planMerge, type ChangeEntry, type IncomingResult, type SyncConflict } from './sync-merge.js';

export type SyncOp = {
  opId: string; inspectionId: string; baseVersion: number; at: string;
  results?: readonly { itemId: string; outcome: string; note?: string | null | undefined; recordedAt: string }[] | undefined;
  summary?: string | null | undefined; representativeName?: string | null | undefined; submit?: boolean | undefined;
};
export type SyncError = { code: string; params: Record<string, string | number>; field: string | null };
export type SyncOutcome = {
  opId: string; inspectionId: string; outcome: 'applied' | 'conflict' | 'rejected'; conflicts: SyncConflict[]; error: SyncError | null;
  version: number | null; submitted: boolean; replayed: boolean;
};
/** What a receipt keeps: the outcome answered, and the footprint the next operations' conflicts are read from. */
type StoredReceipt = { outcome: 'applied' | 'conflict'; conflicts: SyncConflict[]; version: number; submitted: boolean; change: ChangeEntry };

export const SYNC_MAX_OPS = 200;
class LostRace extends Error {}

const isoOrNull = (s: string): string | null => (/^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : null);
const fieldError = (code: string, field: string, params: Record<string, string | number> = {}): AppError =>
  new AppError(code, 'input', params, [{ field, code, params }]);

export async function syncInspections(ctx: AppContext, opts: { actor: Actor; ops: readonly SyncOp[] }): Promise<SyncOutcome[]> {
  if (opts.ops.length > SYNC_MAX_OPS) throw fieldError('INSPECTION_SYNC_TOO_MANY', 'ops', { max: SYNC_MAX_OPS });
  const out: SyncOutcome[] = [];
  for (const op of opts.ops) out.push(await syncOne(ctx, opts.actor, op));
  return out;
}

async function syncOne(ctx: AppContext, actor: Actor, op: SyncOp): Promise<SyncOutcome> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await inTransaction(ctx, (trx) => applyOp(trx, ctx, actor, op));
    } catch (err) {
      if (err instanceof AppError) return rejected(op, err);
      // a replay of the same op racing this one committed its receipt first: answer that
      const receipt = await findSyncReceipt(ctx.database.db, op.opId);
      if (receipt) return fromReceipt(op, actor, receipt.user_id, receipt.response_json);
      if (err instanceof LostRace && attempt < 3) continue;
      throw err;
    }
  }
}

function rejected(op: SyncOp, err: AppError): SyncOutcome {
  const detail: ErrorDetail | undefined = err.details[0];
  return {
    opId: op.opId, inspectionId: op.inspectionId, outcome: 'rejected', conflicts: [], version: null, submitted: false, replayed: false,
    error: { code: detail && err.code === 'VALIDATION_FAILED' ? detail.code : err.code, params: { ...err.params, ...(detail?.params ?? {}) }, field: detail?.field ?? null },
  };
}

function fromReceipt(op: SyncOp, actor: Actor, userId: string, json: string): SyncOutcome {
  if (userId !== actor.userId) return rejected(op, fieldError('INSPECTION_SYNC_OP_REUSED', 'opId'));
  const r = JSON.parse(json) as StoredReceipt;
  return { opId: op.opId, inspectionId: op.inspectionId, outcome: r.outcome, conflicts: r.conflicts, error: null, version: r.version, submitted: r.submitted, replayed: true };
}

async function applyOp(trx: Db, ctx: AppContext, actor: Actor, op: SyncOp): Promise<SyncOutcome> {
  const receipt = await findSyncReceipt(trx, op.opId);
  if (receipt) return fromReceipt(op, actor, receipt.user_id, receipt.response_json);
  const now = ctx.now();
  const nowIso = now.toISOString();
  const phoneAt = isoOrNull(op.at);
  if (!phoneAt) throw fieldError('INSPECTION_SYNC_TIME_INVALID', 'at', { value: op.at });
  const clamp = (iso: string): string => (iso > nowIso ? nowIso : iso); // a phone clock ahead of ours is not believed
  const insp = await requireRecordable(trx, actor, op.inspectionId);
  if (!Number.isInteger(op.baseVersion) || op.baseVersion < 1 || op.baseVersion > insp.version) {
    throw fieldError('INSPECTION_SYNC_BASE_VERSION_INVALID', 'baseVersion', { value: String(op.baseVersion), version: insp.version });
  }
  const items = await listChecklistItems(trx, insp.template_id);
  const itemById = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const incoming: IncomingResult[] = (op.results ?? []).map((r, i) => {
    if (!itemById.has(r.itemId)) throw fieldError('INSPECTION_ITEM_UNKNOWN', `results[${i}].itemId`, { value: r.itemId });
    if (seen.has(r.itemId)) throw fieldError('INSPECTION_ITEM_TWICE', `results[${i}].itemId`, { value: r.itemId });
    seen.add(r.itemId);
    if (!(inspectionOutcomes as readonly string[]).includes(r.outcome)) throw fieldError('INSPECTION_OUTCOME_UNKNOWN', `results[${i}].outcome`, { value: r.outcome });
    const recordedAt = isoOrNull(r.recordedAt);
    if (!recordedAt) throw fieldError('INSPECTION_SYNC_TIME_INVALID', `results[${i}].recordedAt`, { value: r.recordedAt });
    return { itemId: r.itemId, outcome: r.outcome, note: r.note ?? null, recordedAt: clamp(recordedAt) };
  });

  const current = await listResults(trx, insp.id);
  const currentById = new Map(current.map((r) => [r.item_id, r]));
  const log = op.baseVersion < insp.version
    ? (await listWritingReceipts(trx, insp.id)).map((r) => ({ ...(JSON.parse(r.response_json) as StoredReceipt).change, userId: r.user_id }))
    : [];
  const plan = planMerge({
    incoming, top: { summary: op.summary, representativeName: op.representativeName },
    current: currentById, currentTop: { summary: insp.summary, representativeName: insp.representative_name },
    others: changedByOthers(log, op.baseVersion, actor.userId),
  });

  const submitting = op.submit === true && plan.conflicts.length === 0;
  const repName = 'representativeName' in plan.fields ? plan.fields.representativeName ?? null : insp.representative_name;
  if (submitting) checkComplete(items.map((i) => i.id), new Set([...current.map((r) => r.item_id), ...plan.apply.map((r) => r.itemId)]), items, repName);

  const changedFields = Object.keys(plan.fields);
  const writes = plan.apply.length > 0 || changedFields.length > 0 || submitting;
  let version = insp.version;
  if (writes) {
    for (const r of plan.apply) {
      await upsertResult(trx, { inspection_id: insp.id, item_id: r.itemId, path: insp.path, outcome: r.outcome, note: r.note, hazard_finding_id: null, recorded_at: r.recordedAt }, currentById.has(r.itemId));
    }
    const firstAt = [phoneAt, ...plan.apply.map((r) => r.recordedAt)].map(clamp).sort()[0] ?? nowIso;
    const changes = {
      updated_at: nowIso,
      ...(insp.status === 'planned' ? { status: 'in_progress', started_at: firstAt } : {}),
      ...('summary' in plan.fields ? { summary: plan.fields.summary ?? null } : {}),
      ...('representativeName' in plan.fields ? { representative_name: repName, representative_confirmed_at: repName ? clamp(phoneAt) : null } : {}),
      ...(submitting ? { status: 'submitted', submitted_at: clamp(phoneAt) } : {}),
    };
    if (!(await updateInspectionAtVersion(trx, insp.id, insp.version, changes))) throw new LostRace();
    version = insp.version + 1;
  }
  let findingIds: string[] = [];
  if (submitting) findingIds = await submitFindings(trx, ctx, actor, insp, items, now);

  const change: ChangeEntry = { version, userId: actor.userId, itemIds: plan.apply.map((r) => r.itemId), fields: changedFields };
  const outcome = plan.conflicts.length > 0 ? 'conflict' : 'applied';
  const stored: StoredReceipt = { outcome, conflicts: plan.conflicts, version, submitted: submitting, change };
  if (writes || plan.conflicts.length > 0) {
    await recordAudit(trx, {
      actor, action: 'inspection.synced', entity: 'inspection', entityId: insp.id, at: nowIso,
      after: { opId: op.opId, phoneAt, baseVersion: op.baseVersion, version, results: plan.apply, fields: plan.fields, conflicts: plan.conflicts },
    });
  }
  if (submitting) {
    await recordAudit(trx, { actor, action: 'inspection.submitted', entity: 'inspection', entityId: insp.id, at: nowIso, after: { version, representativeName: repName, findingIds } });
  }
  await insertSyncReceipt(trx, { op_id: op.opId, user_id: actor.userId, entity_id: insp.id, outcome, response_json: JSON.stringify(stored), received_at: nowIso });
  return { opId: op.opId, inspectionId: insp.id, outcome, conflicts: plan.conflicts, error: null, version, submitted: submitting, replayed: false };
}

function checkComplete(allIds: string[], answered: Set<string>, items: { id: string; sort: number }[], repName: string | null): void {
  const details: ErrorDetail[] = items.filter((i) => !answered.has(i.id))
    .map((i) => ({ field: `results.${i.id}`, code: 'INSPECTION_ITEM_UNANSWERED', params: { item: i.sort } }));
  if (!repName) details.push({ field: 'representativeName', code: 'INSPECTION_REPRESENTATIVE_REQUIRED' });
  if (details.length > 0) {
    const first = details[0]!;
    throw new AppError(first.code === 'INSPECTION_REPRESENTATIVE_REQUIRED' ? first.code : 'INSPECTION_INCOMPLETE', 'input',
      { missing: details.length - (repName ? 0 : 1), total: allIds.length }, details);
  }
}

/** Every failed item becomes one finding, found on the day it was ticked, due after the settings' rectification period. */
async function submitFindings(trx: Db, ctx: AppContext, actor: Actor, insp: InspectionView, items: Awaited<ReturnType<typeof listChecklistItems>>, now: Date): Promise<string[]> {
  const today = chinaDateOf(now);
  const { deadlines } = await loadInspectionSettings(trx);
  const results = await listResults(trx, insp.id);
  const itemById = new Map(items.map((i) => [i.id, i]));
  const fails = results.filter((r) => r.outcome === 'fail').sort((a, b) => (itemById.get(a.item_id)?.sort ?? 0) - (itemById.get(b.item_id)?.sort ?? 0));
  const drafts: NewFinding[] = fails.map((r) => {
    const item = itemById.get(r.item_id)!;
    const foundOn = chinaDateOf(r.recorded_at) > today ? today : chinaDateOf(r.recorded_at);
    const major = item.major_criterion !== null; // the criterion makes it major (insertFindings decides severity the same way)
    const due = addDays(foundOn, major ? deadlines.majorDays : deadlines.generalDays);
    return {
      enterpriseId: insp.enterprise_id, inspectionId: insp.id, itemId: item.id, source: 'inspection', category: item.area,
      description: r.note ? `${item.content}：${r.note}` : item.content, legalBasis: item.legal_basis,
      majorCriteria: item.major_criterion ? [item.major_criterion] : [], deadline: due < today ? addDays(today, 1) : due, foundOn,
    };
  });
  const ids = await insertFindings(trx, ctx, actor, drafts);
  for (let i = 0; i < fails.length; i += 1) await setResultFinding(trx, insp.id, fails[i]!.item_id, ids[i]!);
  return ids;
}
