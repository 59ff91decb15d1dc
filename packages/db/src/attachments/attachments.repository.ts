// Attachment rows (photos and files) and their bytes. The metadata row carries the owner's path, so every read that
// serves a user is scoped like the owner; the bytes sit in their own table and are read only after that check.
import type { Insertable, Selectable } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import type { AttachmentTable } from '../schema.js';
import { scoped } from '../shared/scope.js';

export type AttachmentRow = Selectable<AttachmentTable>;

export async function insertAttachment(db: Db, row: Insertable<AttachmentTable>, content: Buffer): Promise<void> {
  await db.insertInto('attachments').values(row).execute();
  await db.insertInto('attachment_contents').values({ id: row.id, content }).execute();
}

export async function findAttachmentInScope(db: Db, id: string, scope: Scope): Promise<AttachmentRow | undefined> {
  return db.selectFrom('attachments as a').selectAll('a').where('a.id', '=', id).where((eb) => scoped(eb, 'a.path', scope)).executeTakeFirst();
}

export async function readAttachmentContent(db: Db, id: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('attachment_contents').select('content').where('id', '=', id).executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

/** The attachments of some owners of one kind, oldest first (an inspection's photos, a finding's evidence). */
export async function listAttachmentsOf(db: Db, ownerKind: string, ownerIds: readonly string[]): Promise<AttachmentRow[]> {
  if (ownerIds.length === 0) return [];
  return db.selectFrom('attachments').selectAll().where('owner_kind', '=', ownerKind).where('owner_id', 'in', [...ownerIds])
    .orderBy('uploaded_at').orderBy('id').execute();
}
