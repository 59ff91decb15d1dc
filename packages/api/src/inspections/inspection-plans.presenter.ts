// Checklist templates as the API shows them (plans, draws and conflicts come out of the use cases already shaped).
import type { ChecklistTemplateDetail } from '@hazgov/app/inspections/checklist-templates';
import type { ChecklistItemRow, ChecklistTemplateSummaryRow } from '@hazgov/db/inspections/checklist-templates.repository';
import type { EnterpriseType, SeverityHint } from '@hazgov/domain/inspections/types';

type TemplateRow = Omit<ChecklistTemplateSummaryRow, 'item_count'>;
const base = (t: TemplateRow) => ({
  id: t.id, enterpriseType: t.enterprise_type as EnterpriseType, name: t.name, nameEn: t.name_en, version: t.version,
  status: t.status as 'active' | 'retired', source: t.source as 'starter' | 'admin', updatedAt: t.updated_at,
});

export const presentItem = (i: ChecklistItemRow) => ({
  id: i.id, sort: i.sort, area: i.area, content: i.content, legalBasis: i.legal_basis, severityHint: i.severity_hint as SeverityHint, majorCriterion: i.major_criterion,
});
export const presentTemplateSummary = (t: ChecklistTemplateSummaryRow) => ({ ...base(t), itemCount: t.item_count });
export const presentTemplate = (t: ChecklistTemplateDetail) => ({ ...base(t), items: t.items.map(presentItem) });
