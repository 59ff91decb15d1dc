// Stores a photo or file inside the caller's transaction: type from the bytes (never the name), size limit, SHA-256,
// the photo's time from EXIF when present. Refusals are AppErrors naming the field `file`.
import type { Db } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';

export type AttachmentOwnerKind = 'inspection' | 'inspection_result' | 'rectification' | 'verification' | 'enforcement';
export type StoreAttachmentInput = {
  actor: Actor; ownerKind: AttachmentOwnerKind; ownerId: string; path: string; itemId?: string | null;
  fileName: string; bytes: Buffer; takenAt?: string | null; allow: 'image' | 'image_or_pdf';
};
export type StoredAttachment = { id: string; fileName: string; mime: string; size: number; sha256: string; takenAt: string | null; uploadedAt: string };

export async function storeAttachment(trx: Db, ctx: AppContext, input: StoreAttachmentInput): Promise<StoredAttachment> {
  void trx; void ctx; void input;
  throw new Error('storeAttachment: not built yet (H2)');
}
