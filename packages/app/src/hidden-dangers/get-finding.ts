// One finding with everything its page shows (GET /api/hidden-dangers/:id): the criteria that make it major, the
// rectification evidence and verification photos, and the timeline read from the audit chain (entity hazard_finding,
// entity_id = the finding), oldest first, so "was this fixed, by whom, when, on what evidence" is answered from the
// tamper-evident record. The escalation pass audits once per run, not per finding: its step appears from escalated_at.
import { listAttachmentsOf, type AttachmentRow } from '@hazgov/db/attachments/attachments.repository';
import { listAuditOfEntities } from '@hazgov/db/enterprises/enterprise-history.repository';
import type { FindingView } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import type { AuditLogTable } from '@hazgov/db/schema';
import { availableFindingActions } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingAction, FindingStatus, MajorCriterion } from '@hazgov/domain/hidden-dangers/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { maySupervise, requireFindingInScope, sidesOn } from './finding-access.js';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';

export const TIMELINE_LIMIT = 500;

export type TimelineEntry = { at: string; action: string; actor: string; fromStatus: string | null; toStatus: string | null; note: string | null };
export type FindingDetail = {
  finding: FindingView; criteria: MajorCriterion[]; evidence: AttachmentRow[]; verificationPhotos: AttachmentRow[];
  timeline: TimelineEntry[]; actions: FindingAction[]; canSupervise: boolean;
};

type Obj = Record<string, unknown>;
const parse = (json: string | null): Obj => {
  const v: unknown = json === null ? null : JSON.parse(json);
  return v && typeof v === 'object' ? (v as Obj) : {};
};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function timelineEntry(row: AuditLogTable): TimelineEntry {
  const before = parse(row.before_json);
  const after = parse(row.after_json);
  const action = row.action === 'attachment.stored' ? `evidence_${str(after.ownerKind) ?? 'file'}` : row.action.replace(/^hazard_finding\./, '');
  const note = row.action === 'attachment.stored' ? str(after.fileName) : str(after.note) ?? str(after.supervisionNo) ?? null;
  return {
    at: row.at, action, actor: row.actor_name, fromStatus: str(after.fromStatus) ?? str(before.status),
    toStatus: str(after.status), note,
  };
}

export async function getFinding(ctx: AppContext, opts: { actor: Actor; findingId: string }): Promise<FindingDetail> {
  const db = ctx.database.db;
  const finding = await requireFindingInScope(db, opts.actor, opts.findingId);
  const settings = await loadInspectionSettings(db);
  const keys = JSON.parse(finding.major_criteria_json) as string[];
  const criteria = keys.map((k) => settings.majorCriteria.find((c) => c.key === k) ?? { key: k, text: k, basis: '', verified: false });
  const [evidence, verificationPhotos, audit] = [
    await listAttachmentsOf(db, 'rectification', [finding.id]),
    await listAttachmentsOf(db, 'verification', [finding.id]),
    await listAuditOfEntities(db, [finding.id], TIMELINE_LIMIT),
  ];
  // oldest first: the rows come newest first; a stable sort by time keeps the chain's order within one instant
  const timeline = audit.filter((r) => r.entity === 'hazard_finding').reverse().map(timelineEntry);
  if (finding.escalation_level > 0 && finding.escalated_at) {
    timeline.push({ at: finding.escalated_at, action: `escalated_${finding.escalation_level}`, actor: 'scheduler', fromStatus: null, toStatus: null, note: null });
  }
  timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    finding, criteria, evidence, verificationPhotos, timeline,
    actions: availableFindingActions(finding.status as FindingStatus, sidesOn(opts.actor, finding)),
    canSupervise: maySupervise(opts.actor) && finding.severity === 'major',
  };
}
