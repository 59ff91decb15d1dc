// Reads the multipart upload of the map imports: one `file` part and the `crs` field (wgs84 | gcj02).
import type { FastifyRequest } from 'fastify';
import type { CoordSystem } from '@hazgov/domain/map/types';
import { AppError } from '@hazgov/domain/shared/app-error';

/** A district's grid polygons with fine borders make a few MB of GeoJSON; 20 MB leaves room. */
export const MAP_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export async function readMapUpload(request: FastifyRequest): Promise<{ file: Buffer; fileName: string; crs: CoordSystem }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unsupported');
  let file: Buffer | null = null;
  let fileName = '';
  let crs = 'wgs84';
  try {
    for await (const part of request.parts({ limits: { fileSize: MAP_UPLOAD_MAX_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) { await part.toBuffer(); continue; }
        file = await part.toBuffer();
        fileName = part.filename;
      } else if (part.fieldname === 'crs') crs = String(part.value ?? '').trim().toLowerCase() || 'wgs84';
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw new AppError('FILE_TOO_LARGE', 'too_large', { limit: '20 MB' });
    throw err;
  }
  if (!file) throw new AppError('VALIDATION_FAILED', 'input', {}, [{ field: 'file', code: 'VALIDATION.required' }]);
  if (crs !== 'wgs84' && crs !== 'gcj02') throw new AppError('MAP_CRS_UNKNOWN', 'input', { value: crs }, [{ field: 'crs', code: 'MAP_CRS_UNKNOWN', params: { value: crs } }]);
  return { file, fileName, crs };
}

export const isDryRun = (v: string | undefined): boolean => v === '1' || v === 'true';
