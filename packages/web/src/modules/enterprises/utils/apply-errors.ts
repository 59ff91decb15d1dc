// Shows an API error on a form: details naming a field go under it, the rest come back to be listed above.
import type { FormInstance } from 'antd';
import { ApiError, type ApiErrorDetail } from '../../shared/api/client';
import { splitFieldErrors } from './form-errors';

export function applyApiErrors(form: FormInstance, error: unknown, roots: ReadonlySet<string>): { handled: boolean; rest: ApiErrorDetail[] } {
  // 400 (bad input) and 409 (a taken credit code) both name their fields.
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409) || error.details.length === 0) return { handled: false, rest: [] };
  const { fields, rest } = splitFieldErrors(error.details, (path) => typeof path[0] === 'string' && roots.has(path[0]));
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name);
  return { handled: fields.length > 0, rest };
}
