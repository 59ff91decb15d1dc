// Server refusals naming a field go under that field (items[3].legalBasis → ['items', 3, 'legalBasis']).
import type { FormInstance } from 'antd';
import type { ApiError, ApiErrorDetail } from '../../shared/api/client';

export function fieldPath(field: string): (string | number)[] {
  return field.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function placeErrors<V>(form: FormInstance<V>, e: ApiError, known: (path: (string | number)[]) => boolean): { handled: boolean; rest: ApiErrorDetail[] } {
  const rest: ApiErrorDetail[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const d of e.details) {
    const path = d.field ? fieldPath(d.field) : [];
    if (path.length > 0 && known(path)) fields.push({ name: path, errors: [d.message] });
    else rest.push(d);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form.setFields(fields as any);
  return { handled: fields.length > 0, rest };
}
