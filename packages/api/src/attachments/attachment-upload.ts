// Reads a multipart upload of one photo or file: the `file` part plus small text fields (itemId, takenAt, kind …).
// Shared by every route that takes an attachment (inspection photos, finding evidence). The stream is cut one byte past
// the limit so an oversized file is refused as ATTACHMENT_TOO_LARGE (413) by storeAttachment's rule, not read whole.
import type { FastifyRequest } from 'fastify';
import { ATTACHMENT_LIMIT_TEXT, ATTACHMENT_MAX_BYTES } from '@hazgov/app/attachments/store-attachment';
import { AppError } from '@hazgov/domain/shared/app-error';

export type AttachmentUpload = { bytes: Buffer; fileName: string; fields: Record<string, string> };

const tooLarge = () => new AppError('ATTACHMENT_TOO_LARGE', 'too_large', { limit: ATTACHMENT_LIMIT_TEXT }, [{ field: 'file', code: 'ATTACHMENT_TOO_LARGE', params: { limit: ATTACHMENT_LIMIT_TEXT } }]);

export async function readAttachmentUpload(request: FastifyRequest): Promise<AttachmentUpload> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unsupported');
  let bytes: Buffer | null = null;
  let fileName = '';
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 10, fieldSize: 4096 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || bytes) { await part.toBuffer(); continue; }
        bytes = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
        fileName = part.filename;
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw tooLarge();
    throw err;
  }
  if (!bytes) throw new AppError('VALIDATION_FAILED', 'input', {}, [{ field: 'file', code: 'VALIDATION.required' }]);
  return { bytes, fileName, fields };
}
