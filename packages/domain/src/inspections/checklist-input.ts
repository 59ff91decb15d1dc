// Checks a checklist template as an admin writes it: every item needs what to check and its legal basis, a severity
// hint, and (when it names one) a known major-hidden-danger criterion. Each problem names its field, e.g.
// `items.3.legalBasis`, so the editor can mark the row; nothing is saved while any remains.
import { AppError, type ErrorDetail } from '../shared/app-error.js';
import { enterpriseTypes, severityHints, type EnterpriseType, type SeverityHint } from './types.js';

export type ChecklistItemInput = { area: string; content: string; legalBasis: string; severityHint: SeverityHint; majorCriterion?: string | null | undefined };
export type ChecklistTemplateInput = { enterpriseType: EnterpriseType; name: string; nameEn?: string | null | undefined; items: ChecklistItemInput[] };

export const CHECKLIST_LIMITS = { name: 100, area: 40, content: 500, legalBasis: 500, items: 200 } as const;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Returns the input trimmed; throws CHECKLIST_INVALID with one detail per problem. `majorKeys`: the criteria in force. */
export function checkChecklistTemplate(input: ChecklistTemplateInput, majorKeys: readonly string[]): ChecklistTemplateInput {
  const details: ErrorDetail[] = [];
  const need = (field: string, value: string, max: number) => {
    if (!value) details.push({ field, code: 'CHECKLIST_FIELD_REQUIRED', params: { field } });
    else if (value.length > max) details.push({ field, code: 'CHECKLIST_FIELD_TOO_LONG', params: { field, max } });
  };
  if (!(enterpriseTypes as readonly string[]).includes(input?.enterpriseType)) {
    details.push({ field: 'enterpriseType', code: 'CHECKLIST_ENTERPRISE_TYPE_UNKNOWN', params: { field: 'enterpriseType', value: String(input?.enterpriseType ?? ''), allowed: enterpriseTypes.join(', ') } });
  }
  const name = text(input?.name);
  need('name', name, CHECKLIST_LIMITS.name);
  const nameEn = text(input?.nameEn) || null;
  if (nameEn && nameEn.length > CHECKLIST_LIMITS.name) details.push({ field: 'nameEn', code: 'CHECKLIST_FIELD_TOO_LONG', params: { field: 'nameEn', max: CHECKLIST_LIMITS.name } });
  const items = Array.isArray(input?.items) ? input.items : [];
  if (items.length === 0 || items.length > CHECKLIST_LIMITS.items) {
    details.push({ field: 'items', code: 'CHECKLIST_ITEMS_COUNT', params: { field: 'items', max: CHECKLIST_LIMITS.items } });
  }
  const seen = new Map<string, number>();
  const out = items.map((raw, i) => {
    const at = (f: string) => `items.${i}.${f}`;
    const item = { area: text(raw?.area), content: text(raw?.content), legalBasis: text(raw?.legalBasis), severityHint: raw?.severityHint, majorCriterion: text(raw?.majorCriterion) || null };
    need(at('area'), item.area, CHECKLIST_LIMITS.area);
    need(at('content'), item.content, CHECKLIST_LIMITS.content);
    need(at('legalBasis'), item.legalBasis, CHECKLIST_LIMITS.legalBasis);
    if (!(severityHints as readonly string[]).includes(item.severityHint)) {
      details.push({ field: at('severityHint'), code: 'CHECKLIST_SEVERITY_UNKNOWN', params: { field: at('severityHint'), value: String(item.severityHint ?? '') } });
    }
    if (item.majorCriterion && !majorKeys.includes(item.majorCriterion)) {
      details.push({ field: at('majorCriterion'), code: 'CHECKLIST_MAJOR_CRITERION_UNKNOWN', params: { field: at('majorCriterion'), value: item.majorCriterion } });
    }
    if (item.content) {
      const first = seen.get(item.content);
      if (first !== undefined) details.push({ field: at('content'), code: 'CHECKLIST_ITEM_DUPLICATE', params: { field: at('content'), first: `items.${first}` } });
      else seen.set(item.content, i);
    }
    return item as ChecklistItemInput;
  });
  if (details.length) throw new AppError('CHECKLIST_INVALID', 'input', {}, details);
  return { enterpriseType: input.enterpriseType, name, nameEn, items: out };
}
