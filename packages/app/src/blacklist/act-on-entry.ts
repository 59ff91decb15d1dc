// One step of a blacklist entry's workflow (domain/blacklist/entry-workflow.ts) with a stale-version check. Review is
// four-eyes (never the proposer); a decision needs its number; publication sets the listing period (today + duration)
// and sends one joint-punishment notice to each named department, with an inbox notification; credit repair is
// applied for (the enterprise itself, or a regulator for it) and approved or rejected; removal needs a reason.
import crypto from 'node:crypto';
import { insertNotices, updateEntryAtVersion } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { addMonths, mayActOnEntry, mayReview, nextEntryStatus } from '@hazgov/domain/blacklist/entry-workflow';
import { entryActions, type EntryAction, type EntryStatus } from '@hazgov/domain/blacklist/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { auditedEntry, requireEntryInScope } from './entry-access.js';

export type EntryActionInput = {
  action: string; version: number; comment?: string | null | undefined; decisionNo?: string | null | undefined; durationMonths?: number | null | undefined;
  departmentIds?: string[] | null | undefined; measures?: string | null | undefined; note?: string | null | undefined;
};

const need = (details: ErrorDetail[], value: string | null | undefined, field: string, code: string): string => {
  const v = (value ?? '').trim();
  if (!v) details.push({ field, code });
  return v;
};

export async function actOnEntry(ctx: AppContext, opts: { actor: Actor; entryId: string; input: EntryActionInput }): Promise<void> {
  const { actor, input } = opts;
  const at = ctx.now().toISOString();
  const today = chinaDateOf(ctx.now());
  await inTransaction(ctx, async (trx) => {
    const e = await requireEntryInScope(trx, actor, opts.entryId);
    if (!(entryActions as readonly string[]).includes(input.action)) {
      throw invalid('BLACKLIST_ACTION_UNKNOWN', [{ field: 'action', code: 'BLACKLIST_ACTION_UNKNOWN', params: { value: input.action } }], { value: input.action });
    }
    const action = input.action as EntryAction;
    if (!mayActOnEntry(actor.role, action)) throw forbidden();
    if (actor.role === 'enterprise' && e.enterprise_organisation_id !== actor.organisationId) throw forbidden();
    const to = nextEntryStatus(e.status as EntryStatus, action);
    if (!to) throw new AppError('BLACKLIST_TRANSITION_NOT_ALLOWED', 'conflict', { status: e.status, action });
    if (e.version !== input.version) throw new AppError('BLACKLIST_VERSION_CONFLICT', 'conflict', { version: e.version });

    const details: ErrorDetail[] = [];
    const changes: Record<string, unknown> = { status: to, updated_at: at };
    const drafts: NotificationDraft[] = [];
    let notices: { id: string; entry_id: string; path: string; department_id: string; measures: string; sent_at: string }[] = [];
    switch (action) {
      case 'review_approve':
      case 'review_reject': {
        if (!mayReview(e.proposed_by, actor.userId)) throw new AppError('BLACKLIST_SAME_PERSON', 'conflict');
        const comment = action === 'review_reject' ? need(details, input.comment, 'comment', 'BLACKLIST_COMMENT_REQUIRED') : (input.comment ?? '').trim() || null;
        Object.assign(changes, { reviewed_by: actor.userId, reviewed_at: at, review_comment: comment });
        break;
      }
      case 'decide': {
        const decisionNo = need(details, input.decisionNo, 'decisionNo', 'BLACKLIST_DECISION_NO_REQUIRED');
        const months = input.durationMonths ?? e.duration_months;
        if (!Number.isInteger(months) || months < 1 || months > 60) details.push({ field: 'durationMonths', code: 'BLACKLIST_DURATION_RANGE', params: { min: 1, max: 60 } });
        Object.assign(changes, { decided_by: actor.userId, decided_at: at, decision_no: decisionNo, duration_months: months });
        break;
      }
      case 'publish': {
        const measures = need(details, input.measures, 'measures', 'BLACKLIST_MEASURES_REQUIRED');
        const ids = [...new Set(input.departmentIds ?? [])];
        if (ids.length === 0) details.push({ field: 'departmentIds', code: 'BLACKLIST_DEPARTMENTS_REQUIRED' });
        const departments = [];
        for (const [i, id] of ids.entries()) {
          const d = await findOrganisationById(trx, id);
          if (!d || d.kind !== 'department') details.push({ field: `departmentIds[${i}]`, code: 'BLACKLIST_DEPARTMENT_UNKNOWN' });
          else departments.push(d);
        }
        const until = addMonths(today, e.duration_months);
        Object.assign(changes, { published_at: at, listed_from: today, listed_until: until });
        notices = departments.map((d) => ({ id: crypto.randomUUID(), entry_id: e.id, path: d.path, department_id: d.id, measures, sent_at: at }));
        for (const n of notices) {
          drafts.push({
            organisationId: n.department_id, path: n.path, kind: 'joint_punishment', title: `联合惩戒通报：${e.party_name}（${e.decision_no ?? ''}）`,
            body: `${e.reason.slice(0, 150)}\n请采取的惩戒措施：${measures.slice(0, 300)}`, link: `/blacklist/notices`, dedupeKey: `joint-notice:${n.id}`,
          });
        }
        if (e.enterprise_organisation_id) {
          drafts.push({
            organisationId: e.enterprise_organisation_id, path: e.path, kind: 'blacklist_published', title: `已列入安全生产失信联合惩戒对象名单：${e.party_name}`,
            body: `名单期限 ${today} 至 ${until}`, link: `/blacklist/${e.id}`, dedupeKey: `blacklist-published:${e.id}`,
          });
        }
        break;
      }
      case 'apply_repair':
        Object.assign(changes, { repair_applied_at: at, repair_note: need(details, input.note ?? input.comment, 'note', 'BLACKLIST_NOTE_REQUIRED') });
        break;
      case 'approve_repair':
        Object.assign(changes, { removed_at: at, removed_reason: (input.comment ?? input.note ?? '').trim() || '信用修复' });
        break;
      case 'reject_repair':
        Object.assign(changes, { review_comment: need(details, input.comment ?? input.note, 'comment', 'BLACKLIST_COMMENT_REQUIRED') });
        break;
      case 'remove':
        Object.assign(changes, { removed_at: at, removed_reason: need(details, input.note ?? input.comment, 'note', 'BLACKLIST_NOTE_REQUIRED') });
        break;
      case 'expire':
        break; // the scheduler's (run-blacklist-expiry.ts); mayActOnEntry refused every user above
    }
    if (details.length) throw invalid(details[0]!.code, details, details[0]!.params ?? {});
    if (!(await updateEntryAtVersion(trx, e.id, e.version, changes))) throw new AppError('BLACKLIST_VERSION_CONFLICT', 'conflict', { version: e.version });
    await insertNotices(trx, notices);
    await recordAudit(trx, {
      actor, action: `blacklist_entry.${action}`, entity: 'blacklist_entry', entityId: e.id, at,
      before: auditedEntry(e), after: { ...auditedEntry({ ...e, ...changes, version: e.version + 1 } as typeof e), ...(notices.length ? { notices: notices.map((n) => ({ id: n.id, department_id: n.department_id })) } : {}) },
    });
    if (drafts.length) await notify(trx, drafts, at);
  });
}
