// Stores a photo or file inside the caller's transaction: type from the bytes (never the name), size limit, SHA-256,
// the photo's time from EXIF when present. Refusals are AppErrors naming the field `file` (or `takenAt`).
// The write is audited here, under the OWNER's entity and id (an inspection's photo in the inspection's history, a
// rectification photo in the finding's timeline), action `attachment.stored`: callers do not audit it again.
// Who may attach to the owner is the caller's check; `path` is the owner's path (the attachment is read in its scope).
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { insertAttachment } from '@hazgov/db/attachments/attachments.repository';
import type { Db } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { photoTakenAt } from './photo-time.js';

export type AttachmentOwnerKind = 'inspection' | 'inspection_result' | 'rectification' | 'verification' | 'enforcement';
export type StoreAttachmentInput = {
  actor: Actor; ownerKind: AttachmentOwnerKind; ownerId: string; path: string; itemId?: string | null;
  fileName: string; bytes: Buffer; takenAt?: string | null; allow: 'image' | 'image_or_pdf';
};
export type StoredAttachment = { id: string; fileName: string; mime: string; size: number; sha256: string; takenAt: string | null; uploadedAt: string };

/** 8 MB: a phone photo at full resolution is 2–6 MB; anything larger is a video or a scan that should be a PDF. */
export const ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;
export const ATTACHMENT_LIMIT_TEXT = '8 MB';
const IMAGE_MIMES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const PDF_MIME = 'application/pdf';

/** The audit entity of each owner kind (the owner's own record). inspection_result's owner id is the inspection's. */
export const ownerEntity: Record<AttachmentOwnerKind, string> = {
  inspection: 'inspection', inspection_result: 'inspection', rectification: 'hazard_finding', verification: 'hazard_finding', enforcement: 'enforcement_case',
};

const fileError = (code: string, kind: 'input' | 'too_large', params: Record<string, string | number> = {}): AppError =>
  new AppError(code, kind, params, [{ field: 'file', code, params }]);

/** A name to show and to download under: no directories, no control characters, at most 200 characters. */
export function cleanFileName(name: string, fallback: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || fallback).slice(0, 200);
}

function clientTakenAt(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const d = new Date(value.trim());
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value.trim()) || Number.isNaN(d.getTime())) {
    throw new AppError('ATTACHMENT_TAKEN_AT_INVALID', 'input', { value }, [{ field: 'takenAt', code: 'ATTACHMENT_TAKEN_AT_INVALID', params: { value } }]);
  }
  return d.toISOString();
}

export async function storeAttachment(trx: Db, ctx: AppContext, input: StoreAttachmentInput): Promise<StoredAttachment> {
  const { bytes } = input;
  if (bytes.length === 0) throw fileError('ATTACHMENT_EMPTY', 'input');
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw fileError('ATTACHMENT_TOO_LARGE', 'too_large', { limit: ATTACHMENT_LIMIT_TEXT });
  const fromClient = clientTakenAt(input.takenAt);
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime ?? 'application/octet-stream';
  const isImage = IMAGE_MIMES.has(mime);
  if (input.allow === 'image' && !isImage) throw fileError('ATTACHMENT_NOT_IMAGE', 'input');
  if (input.allow === 'image_or_pdf' && !isImage && mime !== PDF_MIME) throw fileError('ATTACHMENT_NOT_IMAGE_OR_PDF', 'input');

  const id = crypto.randomUUID();
  const uploadedAt = ctx.now().toISOString();
  const takenAt = isImage ? ((await photoTakenAt(bytes)) ?? fromClient) : fromClient;
  const fileName = cleanFileName(input.fileName, `${id}.${detected?.ext ?? 'bin'}`);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const row = {
    id, path: input.path, owner_kind: input.ownerKind, owner_id: input.ownerId, item_id: input.itemId ?? null, file_name: fileName, mime,
    size: bytes.length, sha256, taken_at: takenAt, uploaded_by: input.actor.userId, uploaded_at: uploadedAt,
  };
  await insertAttachment(trx, row, bytes);
  await recordAudit(trx, {
    actor: input.actor, action: 'attachment.stored', entity: ownerEntity[input.ownerKind], entityId: input.ownerId, at: uploadedAt,
    after: { attachmentId: id, ownerKind: input.ownerKind, itemId: row.item_id, fileName, mime, size: row.size, sha256, takenAt },
  });
  return { id, fileName, mime, size: row.size, sha256, takenAt, uploadedAt };
}
