// Inspections as docs/api-contract.md § Inspections shows them. Pure: the use cases hand over rows and names.
import type { InspectionDetail } from '@hazgov/app/inspections/get-inspection';
import type { InspectionListItem } from '@hazgov/app/inspections/list-inspections';
import type { InspectionFindingRow } from '@hazgov/db/inspections/inspections.repository';
import type { z } from 'zod';
import { presentAttachment } from '../attachments/attachments.presenter.js';
import type { findingSummary, inspection, inspectionSummary } from './inspections.schemas.js';

type Summary = z.infer<typeof inspectionSummary>;
type Detail = z.infer<typeof inspection>;
type Finding = z.infer<typeof findingSummary>;

const DAY = 86400000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function presentSummary(i: Pick<InspectionListItem, 'row' | 'blacklisted' | 'inspectors' | 'failCount' | 'findingCount'>): Summary {
  const r = i.row;
  return {
    id: r.id, enterprise: { id: r.enterprise_id, name: r.enterprise_name, blacklisted: i.blacklisted }, territory: { id: r.territory_id, name: r.territory_name },
    plan: r.plan_id ? { id: r.plan_id, title: r.plan_title ?? '' } : null, templateName: r.template_name, inspectors: i.inspectors,
    scheduledOn: r.scheduled_on, status: r.status, submittedAt: r.submitted_at, failCount: i.failCount, findingCount: i.findingCount,
  };
}

export function presentFinding(f: InspectionFindingRow, blacklisted: boolean, today: string): Finding {
  return {
    id: f.id, enterprise: { id: f.enterprise_id, name: f.enterprise_name, blacklisted }, territory: { id: f.territory_id, name: f.territory_name },
    category: f.category, description: f.description, severity: f.severity, status: f.status, foundOn: f.found_on, deadline: f.deadline,
    overdueDays: f.status === 'closed' ? 0 : Math.max(0, daysBetween(f.deadline, today)), escalationLevel: f.escalation_level,
    supervision: f.supervision_status ? { status: f.supervision_status, no: f.supervision_no } : null, source: f.source,
  };
}

export function presentInspection(d: InspectionDetail, today: string): Detail {
  const photosOf = (itemId: string) => d.photos.filter((p) => p.owner_kind === 'inspection_result' && p.item_id === itemId).map(presentAttachment);
  return {
    ...presentSummary({
      row: d.row, blacklisted: d.blacklisted, inspectors: d.inspectors,
      failCount: d.results.filter((r) => r.outcome === 'fail').length, findingCount: d.results.filter((r) => r.hazard_finding_id !== null).length,
    }),
    template: {
      id: d.template.id, name: d.template.name, version: d.template.version,
      items: d.items.map((i) => ({ id: i.id, sort: i.sort, area: i.area, content: i.content, legalBasis: i.legal_basis, severityHint: i.severity_hint, majorCriterion: i.major_criterion })),
    },
    results: d.results.map((r) => ({ itemId: r.item_id, outcome: r.outcome, note: r.note, recordedAt: r.recorded_at, findingId: r.hazard_finding_id, photos: photosOf(r.item_id) })),
    // the inspection's own photos, and an item's photo taken before the item was ticked (shown nowhere else)
    photos: d.photos.filter((p) => p.owner_kind === 'inspection' || !d.results.some((r) => r.item_id === p.item_id)).map(presentAttachment),
    summary: d.row.summary, representativeName: d.row.representative_name, representativeConfirmedAt: d.row.representative_confirmed_at,
    startedAt: d.row.started_at, version: d.row.version, canRecord: d.canRecord,
    findings: d.findings.map((f) => presentFinding(f, d.blacklisted, today)),
  };
}
