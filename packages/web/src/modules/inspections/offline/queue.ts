// Writing to the phone's queue: an answer, the summary, the representative's confirmation, submit, a photo. Each
// lands in IndexedDB first (so a reload or a dead battery loses nothing), then a sync is tried if there is a network.
import type { Inspection } from '../api/inspections.types';
import { mergeEdit, type Edit } from './local-view';
import { shrinkPhoto } from './shrink-photo';
import { announce, offlineDb, type QueuedOp } from './store';
import { uuid } from './uuid';

export async function queueEdit(inspection: Pick<Inspection, 'id' | 'version'>, edit: Edit, at = new Date().toISOString()): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('ops', 'readwrite');
  const ops = await tx.store.index('inspectionId').getAll(inspection.id);
  const open = ops.filter((o) => !o.sent).at(-1);
  // After a submit is queued nothing more is merged into it: the server must see the answers the inspector confirmed.
  if (open && !open.op.submit) {
    await tx.store.put({ ...open, op: mergeEdit(open.op, edit, at) });
  } else {
    const last = ops.at(-1);
    const fresh: QueuedOp = {
      inspectionId: inspection.id,
      sent: false,
      op: mergeEdit({ opId: uuid(), inspectionId: inspection.id, baseVersion: last?.op.baseVersion ?? inspection.version, at, results: [] }, edit, at),
    };
    await tx.store.add(fresh);
  }
  await tx.done;
  announce();
}

export async function queuePhoto(inspectionId: string, itemId: string | null, original: File): Promise<void> {
  const file = await shrinkPhoto(original);
  const db = await offlineDb();
  // A camera capture's lastModified is the moment it was taken; the server prefers the photo's own EXIF time.
  const takenAt = file.lastModified ? new Date(file.lastModified).toISOString() : null;
  await db.add('photos', { id: uuid(), inspectionId, itemId, blob: file, fileName: file.name || 'photo.jpg', takenAt, queuedAt: new Date().toISOString() });
  announce();
}

export async function dropPhoto(id: string): Promise<void> {
  await (await offlineDb()).delete('photos', id);
  announce();
}
