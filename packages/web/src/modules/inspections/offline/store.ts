// The phone's own copy (IndexedDB, via idb): each inspection as last seen from the server (with its template's items),
// the queue of changes not yet sent, photos waiting to upload (as blobs), and what the last sync refused or found in
// conflict. Everything here survives a reload without a connection; the server stays the record.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Inspection, InspectionList, SyncConflict, SyncOp } from '../api/inspections.types';

export type QueuedOp = { seq?: number; inspectionId: string; op: SyncOp; sent: boolean };
export type QueuedPhoto = { id: string; inspectionId: string; itemId: string | null; blob: Blob; fileName: string; takenAt: string | null; queuedAt: string };
export type SyncIssue = { code: string; message: string; field?: string | undefined; at: string };
export type InspectionIssues = { inspectionId: string; conflicts: (SyncConflict & { at: string })[]; errors: SyncIssue[] };

interface OfflineSchema extends DBSchema {
  inspections: { key: string; value: { id: string; inspection: Inspection; cachedAt: string } };
  ops: { key: number; value: QueuedOp; indexes: { inspectionId: string } };
  photos: { key: string; value: QueuedPhoto; indexes: { inspectionId: string } };
  issues: { key: string; value: InspectionIssues };
  lists: { key: string; value: { key: string; list: InspectionList; cachedAt: string } };
}

const DB_NAME = 'hazgov-inspections';
let opening: Promise<IDBPDatabase<OfflineSchema>> | null = null;

export function offlineDb(): Promise<IDBPDatabase<OfflineSchema>> {
  opening ??= openDB<OfflineSchema>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('inspections', { keyPath: 'id' });
      db.createObjectStore('ops', { keyPath: 'seq', autoIncrement: true }).createIndex('inspectionId', 'inspectionId');
      db.createObjectStore('photos', { keyPath: 'id' }).createIndex('inspectionId', 'inspectionId');
      db.createObjectStore('issues', { keyPath: 'inspectionId' });
      db.createObjectStore('lists', { keyPath: 'key' });
    },
  });
  return opening;
}

/** Every change to the store is announced, so each open view re-reads what it shows. */
export const offlineEvents = new EventTarget();
export function announce(): void {
  offlineEvents.dispatchEvent(new Event('change'));
}

export async function cacheInspection(inspection: Inspection): Promise<void> {
  const db = await offlineDb();
  await db.put('inspections', { id: inspection.id, inspection, cachedAt: new Date().toISOString() });
}
export async function cachedInspection(id: string): Promise<Inspection | undefined> {
  return (await (await offlineDb()).get('inspections', id))?.inspection;
}
export async function cacheList(key: string, list: InspectionList): Promise<void> {
  await (await offlineDb()).put('lists', { key, list, cachedAt: new Date().toISOString() });
}
export async function cachedList(key: string): Promise<InspectionList | undefined> {
  return (await (await offlineDb()).get('lists', key))?.list;
}

export async function pendingOps(inspectionId?: string): Promise<QueuedOp[]> {
  const db = await offlineDb();
  return inspectionId ? db.getAllFromIndex('ops', 'inspectionId', inspectionId) : db.getAll('ops');
}
export async function pendingPhotos(inspectionId?: string): Promise<QueuedPhoto[]> {
  const db = await offlineDb();
  const all = inspectionId ? await db.getAllFromIndex('photos', 'inspectionId', inspectionId) : await db.getAll('photos');
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}
export async function pendingCount(): Promise<number> {
  const db = await offlineDb();
  return (await db.count('ops')) + (await db.count('photos'));
}
export async function issuesOf(inspectionId: string): Promise<InspectionIssues> {
  return (await (await offlineDb()).get('issues', inspectionId)) ?? { inspectionId, conflicts: [], errors: [] };
}
export async function saveIssues(issues: InspectionIssues): Promise<void> {
  const db = await offlineDb();
  if (issues.conflicts.length === 0 && issues.errors.length === 0) await db.delete('issues', issues.inspectionId);
  else await db.put('issues', issues);
}
