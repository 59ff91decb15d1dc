// An attachment of A for the isolation walk (a photo or evidence file with the token in its name and checksum), its
// bytes a 1×1 PNG served by GET /api/attachments/:id to those in scope only. Used by the inspection and finding seeds.
import { tinyPng } from '@hazgov/app/attachments/testing/sample-files';
import type { AttachmentOwnerKind } from '@hazgov/app/attachments/store-attachment';
import { ISO_TOKEN as TOKEN } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';

const AT = '2026-03-02T02:00:00.000Z';
const PNG = tinyPng();

export async function insertAttachmentOfA(
  t: TestServer,
  a: { id: string; path: string; ownerKind: AttachmentOwnerKind; ownerId: string; itemId: string | null; fileName: string; uploadedBy: string | null },
): Promise<void> {
  const db = t.database.db;
  await db.insertInto('attachments').values({
    id: a.id, path: a.path, owner_kind: a.ownerKind, owner_id: a.ownerId, item_id: a.itemId, file_name: a.fileName, mime: 'image/png',
    size: PNG.length, sha256: TOKEN, taken_at: AT, uploaded_by: a.uploadedBy, uploaded_at: AT,
  }).execute();
  await db.insertInto('attachment_contents').values({ id: a.id, content: PNG }).execute();
}
