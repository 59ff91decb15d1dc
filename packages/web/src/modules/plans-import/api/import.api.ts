import { uploadWithProgress } from '../../shared/api/client';
import type { ImportPreview } from '../../plans/api/plans.types';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Uploads a plan table (.xlsx / .docx); the fields go before the file so the server reads them first. */
export function uploadPlan(file: File, fields: { title: string; code?: string; parentPlanId?: string }, onProgress: (p: number) => void): Promise<ImportPreview> {
  const form = new FormData();
  form.append('title', fields.title);
  if (fields.code) form.append('code', fields.code);
  if (fields.parentPlanId) form.append('parentPlanId', fields.parentPlanId);
  form.append('file', file, file.name);
  return uploadWithProgress<ImportPreview>('/api/plans/import', form, onProgress);
}
