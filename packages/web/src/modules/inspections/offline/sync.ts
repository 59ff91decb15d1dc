// Sending the queue when the connection returns (the `online` event) or on the button. Photos go first (so a queued
// submit comes after the photos it speaks for), then ops one at a time in the order they were made: an op is marked
// sent before it leaves, and if the answer is lost it is sent again with the same opId, which the server answers from
// its receipt instead of applying twice. Once an op applied, the ops behind it take the new version as their base, so
// the phone never conflicts with its own earlier answers. Conflicts and refusals are kept per inspection to show.
import { authApi } from '../../auth/api/auth.api';
import { ApiError, setCsrfToken } from '../../shared/api/client';
import { inspectionsApi } from '../api/inspections.api';
import type { SyncOutcome } from '../api/inspections.types';
import { isNetworkError } from './local-view';
import { uuid } from './uuid';
import { announce, cacheInspection, issuesOf, offlineDb, pendingPhotos, saveIssues, type QueuedOp } from './store';

export type SyncReport = { sent: number; conflicts: number; rejected: number; stoppedOffline: boolean; signedOut: boolean };

let running: Promise<SyncReport> | null = null;

/** One sync at a time: a second call while one runs gets the running one. */
export function syncNow(): Promise<SyncReport> {
  running ??= runSync().finally(() => { running = null; announce(); });
  return running;
}

async function runSync(): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, conflicts: 0, rejected: 0, stoppedOffline: false, signedOut: false };
  try {
    // A page reloaded offline has no CSRF token: ask for the session again now that the server answers.
    const session = await authApi.me();
    setCsrfToken(session.csrfToken);
    await sendPhotos(report);
    await sendOps(report);
  } catch (e) {
    if (isNetworkError(e)) report.stoppedOffline = true;
    else if (e instanceof ApiError && e.status === 401) report.signedOut = true;
    else throw e;
  }
  return report;
}

async function sendPhotos(report: SyncReport): Promise<void> {
  const db = await offlineDb();
  for (const photo of await pendingPhotos()) {
    try {
      await inspectionsApi.uploadPhoto(photo.inspectionId, photo.blob, photo.fileName, photo.itemId, photo.takenAt);
      report.sent += 1;
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 0 || e.status === 401 || e.status >= 500) throw e;
      // refused for good (not an image, too large, inspection gone): keep the reason, drop the photo
      await addError(photo.inspectionId, { code: e.code, message: e.message, field: photo.itemId ? `photo:${photo.itemId}` : 'photo' });
      report.rejected += 1;
    }
    await db.delete('photos', photo.id);
    announce();
  }
}

async function sendOps(report: SyncReport): Promise<void> {
  const db = await offlineDb();
  for (;;) {
    const cursor = await db.transaction('ops').store.openCursor();
    if (!cursor) return;
    const queued = { ...cursor.value, sent: true };
    await db.put('ops', queued);
    const { results } = await inspectionsApi.sync([queued.op]); // a network error leaves it queued, marked sent
    const outcome = results.find((r) => r.opId === queued.op.opId) ?? results[0];
    await settle(queued, outcome, report);
  }
}

async function settle(queued: QueuedOp, outcome: SyncOutcome | undefined, report: SyncReport): Promise<void> {
  const db = await offlineDb();
  const seq = queued.seq!;
  const inspectionId = queued.inspectionId;
  if (outcome?.inspection) {
    await cacheInspection(outcome.inspection);
    const version = outcome.inspection.version;
    const tx = db.transaction('ops', 'readwrite');
    for (const later of await tx.store.index('inspectionId').getAll(inspectionId)) {
      if (later.seq !== seq && !later.sent) await tx.store.put({ ...later, op: { ...later.op, baseVersion: version } });
    }
    await tx.done;
  }
  if (outcome?.outcome === 'applied') report.sent += 1;
  if (outcome?.outcome === 'conflict') {
    const issues = await issuesOf(inspectionId);
    const at = new Date().toISOString();
    const fresh = (outcome.conflicts ?? []).map((c) => ({ ...c, at }));
    const keys = new Set(fresh.map((c) => `${c.itemId}|${c.field}`));
    await saveIssues({ ...issues, conflicts: [...issues.conflicts.filter((c) => !keys.has(`${c.itemId}|${c.field}`)), ...fresh] });
    report.conflicts += fresh.length;
  }
  if (outcome?.outcome === 'rejected' || !outcome) {
    await addError(inspectionId, outcome?.error ?? { code: 'SYNC_NO_ANSWER', message: 'no answer for this change' });
    report.rejected += 1;
    // A refused submit (an item unanswered, no representative) must not take the answers with it: they go back into
    // the queue as a plain op, and the inspector submits again once the reason is fixed.
    if (queued.op.submit) {
      const { submit: _submit, ...rest } = queued.op;
      const version = (await db.get('inspections', inspectionId))?.inspection.version ?? queued.op.baseVersion;
      await db.add('ops', { inspectionId, sent: false, op: { ...rest, opId: uuid(), baseVersion: version } });
    }
  }
  await db.delete('ops', seq);
  announce();
}

async function addError(inspectionId: string, error: { code: string; message: string; field?: string | undefined }): Promise<void> {
  const issues = await issuesOf(inspectionId);
  await saveIssues({ ...issues, errors: [...issues.errors, { ...error, at: new Date().toISOString() }] });
}

/** Drops one shown conflict (the inspector chose a side) or all refusals of an inspection (read and dismissed). */
export async function resolveConflict(inspectionId: string, itemId: string | null, field: string): Promise<void> {
  const issues = await issuesOf(inspectionId);
  await saveIssues({ ...issues, conflicts: issues.conflicts.filter((c) => !(c.itemId === itemId && c.field === field)) });
  announce();
}
export async function dismissErrors(inspectionId: string): Promise<void> {
  const issues = await issuesOf(inspectionId);
  await saveIssues({ ...issues, errors: [] });
  announce();
}

let listening = false;
/** Syncs whenever the browser says the connection is back; installed once by the first view that needs it. */
export function syncWhenOnline(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('online', () => { void syncNow().catch(() => undefined); });
}
