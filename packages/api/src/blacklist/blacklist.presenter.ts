// The only shapes of blacklist entries and joint notices that leave the API. A person's ID number is masked unless the
// asking user is the district admin or a department; the actions offered follow the workflow, the role and four eyes.
import type { z } from 'zod';
import type { EntryWithParts } from '@hazgov/app/blacklist/list-entries';
import { maySeeIdNumber } from '@hazgov/app/blacklist/entry-access';
import type { EntryView, NoticeView } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { allowedEntryActions, mayActOnEntry, mayReview } from '@hazgov/domain/blacklist/entry-workflow';
import { maskIdNumber } from '@hazgov/domain/blacklist/id-number';
import type { EntryStatus, ListingCriterion, PartyKind } from '@hazgov/domain/blacklist/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { entry, notice, noticeWithEntry } from './blacklist.schemas.js';

export type EntryPresentContext = { actor: Actor; criteria: ReadonlyMap<string, ListingCriterion>; listed: ReadonlySet<string> };

export const presentNotice = (n: NoticeView): z.output<typeof notice> => ({
  id: n.id, department: { id: n.department_id, name: n.department_name }, measures: n.measures, sentAt: n.sent_at, acknowledgedAt: n.acknowledged_at, response: n.response,
});

function actionsFor(e: EntryView, actor: Actor): z.output<typeof entry>['allowedActions'] {
  return allowedEntryActions(e.status as EntryStatus).filter((a) => {
    if (!mayActOnEntry(actor.role, a)) return false;
    if (actor.role === 'enterprise' && e.enterprise_organisation_id !== actor.organisationId) return false;
    if ((a === 'review_approve' || a === 'review_reject') && !mayReview(e.proposed_by, actor.userId)) return false;
    return true;
  });
}

export function presentEntry(p: EntryWithParts, c: EntryPresentContext): z.output<typeof entry> {
  const e = p.entry;
  const keys = JSON.parse(e.criteria_json) as string[];
  return {
    id: e.id, partyKind: e.party_kind as PartyKind,
    enterprise: e.enterprise_id ? { id: e.enterprise_id, name: e.enterprise_name ?? e.party_name, blacklisted: c.listed.has(e.enterprise_id) } : null,
    territory: e.territory_id && e.territory_name ? { id: e.territory_id, name: e.territory_name } : null,
    partyName: e.party_name, creditCode: e.credit_code, idNumber: e.id_number === null ? null : maySeeIdNumber(c.actor) ? e.id_number : maskIdNumber(e.id_number),
    personRole: e.person_role,
    criteria: keys.map((k) => c.criteria.get(k) ?? { key: k, text: k, basis: '', verified: false, durationMonths: e.duration_months }),
    reason: e.reason, cases: p.cases.map((x) => ({ id: x.id, decisionNo: x.decision_no })), status: e.status as EntryStatus, proposedAt: e.proposed_at,
    reviewedAt: e.reviewed_at, reviewComment: e.review_comment, decidedAt: e.decided_at, decisionNo: e.decision_no, publishedAt: e.published_at,
    listedFrom: e.listed_from, listedUntil: e.listed_until, durationMonths: Number(e.duration_months), repairAppliedAt: e.repair_applied_at,
    repairNote: e.repair_note, removedAt: e.removed_at, removedReason: e.removed_reason, notices: p.notices.map(presentNotice),
    isDemo: Number(e.is_demo) === 1, version: Number(e.version), proposedByMe: e.proposed_by === c.actor.userId, allowedActions: actionsFor(e, c.actor),
  };
}

export function presentNoticeWithEntry(n: NoticeView, e: EntryView): z.output<typeof noticeWithEntry> {
  return {
    ...presentNotice(n),
    entry: { id: e.id, partyKind: e.party_kind, partyName: e.party_name, creditCode: e.credit_code, reason: e.reason, decisionNo: e.decision_no,
      listedFrom: e.listed_from, listedUntil: e.listed_until, status: e.status },
  };
}
