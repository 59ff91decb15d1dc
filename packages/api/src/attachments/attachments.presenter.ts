// The Attachment shape of docs/api-contract.md § issue 5: metadata plus the URL its bytes are fetched from.
import type { AttachmentRow } from '@hazgov/db/attachments/attachments.repository';
import type { StoredAttachment } from '@hazgov/app/attachments/store-attachment';
import { z } from 'zod';

export const attachmentSchema = z.object({
  id: z.string(), fileName: z.string(), mime: z.string(), size: z.number(), takenAt: z.string().nullable(), uploadedAt: z.string(), url: z.string(),
});
export type AttachmentOut = z.infer<typeof attachmentSchema>;

export const attachmentUrl = (id: string): string => `/api/attachments/${encodeURIComponent(id)}`;

export function presentAttachment(a: AttachmentRow | StoredAttachment): AttachmentOut {
  if ('file_name' in a) return { id: a.id, fileName: a.file_name, mime: a.mime, size: a.size, takenAt: a.taken_at, uploadedAt: a.uploaded_at, url: attachmentUrl(a.id) };
  return { id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, takenAt: a.takenAt, uploadedAt: a.uploadedAt, url: attachmentUrl(a.id) };
}
