// Creates hazard findings inside the caller's transaction (an inspection's submission turns every failed item into
// one; a regulator or an enterprise's self-check adds one by hand): severity from the criteria, 挂牌督办 for a major
// one, the audit entry and the notifications. Returns the new ids in input order.
// Checks here are the ones every path shares (enterprise exists, deadline a real date not before today, description
// and category present, criteria known); who may create for which enterprise is the caller's check. A refusal names the
// field, with `row` (1-based) when more than one finding was given; nothing is written then.
import crypto from 'node:crypto';
import type { Db } from '@hazgov/db/database';
import { districtBodies, enterprisesForFindings } from '@hazgov/db/hidden-dangers/finding-organisations.repository';
import { insertFindingRows, maxSupervisionNumber } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { severityFromCriteria, supervisionNumber, supervisionPrefix } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingSource } from '@hazgov/domain/hidden-dangers/types';
import { districtPathOf, type Actor } from '@hazgov/domain/orgs/scope';
import { invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import { notify, type NotificationDraft } from '../notifications/notify.js';
import { chinaDateOf, isIsoDate } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';

export type NewFinding = {
  enterpriseId: string; inspectionId: string | null; itemId: string | null; source: FindingSource; category: string;
  description: string; legalBasis: string | null; majorCriteria: string[]; deadline: string; foundOn: string;
};

export async function insertFindings(trx: Db, ctx: AppContext, actor: Actor | AuditActor, findings: readonly NewFinding[], opts: { isDemo?: boolean } = {}): Promise<string[]> {
  if (findings.length === 0) return [];
  const now = ctx.now();
  const at = now.toISOString();
  const today = chinaDateOf(now);
  const settings = await loadInspectionSettings(trx);
  const enterprises = await enterprisesForFindings(trx, findings.map((f) => f.enterpriseId));
  const many = findings.length > 1;

  const problems: ErrorDetail[] = [];
  const problem = (i: number, field: string, code: string, params: Record<string, string | number> = {}) =>
    problems.push({ ...(many ? { row: i + 1 } : {}), field, code, params });
  const checked = findings.map((f, i) => {
    if (!enterprises.has(f.enterpriseId)) problem(i, 'enterpriseId', 'FINDING_ENTERPRISE_UNKNOWN');
    if (!f.description.trim()) problem(i, 'description', 'FINDING_DESCRIPTION_REQUIRED');
    if (!f.category.trim()) problem(i, 'category', 'FINDING_CATEGORY_REQUIRED');
    if (!isIsoDate(f.deadline)) problem(i, 'deadline', 'FINDING_DEADLINE_INVALID', { value: f.deadline });
    else if (f.deadline < today) problem(i, 'deadline', 'FINDING_DEADLINE_PAST', { value: f.deadline, today });
    if (!isIsoDate(f.foundOn)) problem(i, 'foundOn', 'FINDING_DATE_INVALID', { value: f.foundOn });
    const severity = severityFromCriteria(f.majorCriteria, settings.majorCriteria);
    if (!severity.ok) problem(i, `majorCriteria[${severity.index}]`, 'FINDING_CRITERION_UNKNOWN', { value: severity.key });
    return severity.ok ? severity : { ok: true as const, severity: 'general' as const, criteria: [] };
  });
  if (problems.length > 0) throw invalid(problems[0]!.code, problems, problems[0]!.params);

  // 挂牌督办 numbers run per calendar year of the listing day
  const year = today.slice(0, 4);
  let lastNo = checked.some((c) => c.severity === 'major') ? await maxSupervisionNumber(trx, supervisionPrefix(year)) : 0;
  const district = districtPathOf(enterprises.get(findings[0]!.enterpriseId)!.path);
  const bodies = await districtBodies(trx, district);

  const ids: string[] = [];
  const rows = findings.map((f, i) => {
    const e = enterprises.get(f.enterpriseId)!;
    const major = checked[i]!.severity === 'major';
    const id = crypto.randomUUID();
    ids.push(id);
    if (major) lastNo += 1;
    return {
      id, path: e.path, enterprise_id: e.id, territory_id: e.territory_id, grid_id: e.grid_id, industry: e.industry, inspection_id: f.inspectionId,
      item_id: f.itemId, source: f.source, category: f.category.trim(), description: f.description.trim(), legal_basis: f.legalBasis?.trim() || null,
      severity: checked[i]!.severity, major_criteria_json: JSON.stringify(checked[i]!.criteria), status: 'open', found_on: f.foundOn,
      found_by: actor.userId, deadline: f.deadline, plan_text: null, responsible_person: null, funds: null, submitted_at: null, verified_by: null,
      verified_at: null, closed_at: null, return_count: 0, reopen_count: 0, escalation_level: 0, escalated_at: null,
      supervision_status: major ? 'listed' : null, supervision_no: major ? supervisionNumber(year, lastNo) : null,
      supervision_org_id: major ? (bodies.office?.id ?? null) : null, supervision_listed_at: major ? at : null,
      is_demo: opts.isDemo ? 1 : 0, version: 1, created_at: at, updated_at: at,
    };
  });
  await insertFindingRows(trx, rows);

  const drafts: NotificationDraft[] = [];
  for (const r of rows) {
    await recordAudit(trx, {
      actor, action: 'hazard_finding.created', entity: 'hazard_finding', entityId: r.id, at,
      after: { id: r.id, enterpriseId: r.enterprise_id, inspectionId: r.inspection_id, itemId: r.item_id, source: r.source, category: r.category,
        description: r.description, severity: r.severity, majorCriteria: JSON.parse(r.major_criteria_json), deadline: r.deadline, status: r.status,
        supervisionNo: r.supervision_no },
    });
    const e = enterprises.get(r.enterprise_id)!;
    const link = `/hidden-dangers/${encodeURIComponent(r.id)}`;
    const kindText = r.severity === 'major' ? '重大事故隐患' : '一般事故隐患';
    drafts.push({
      organisationId: e.organisation_id, path: e.path, kind: 'finding_created', link, dedupeKey: `finding-created:${r.id}`,
      title: `发现${kindText}：${r.category}`, body: `${r.description}（整改期限 ${r.deadline}）。请制定整改方案并按期整改，整改完成后上传整改证据。`,
    });
    if (r.supervision_no && bodies.office) {
      drafts.push({
        organisationId: bodies.office.id, path: bodies.office.path, kind: 'finding_supervised', link, dedupeKey: `finding-supervised:${r.id}`,
        title: `重大事故隐患挂牌督办 ${r.supervision_no}`, body: `${e.name}：${r.description}（整改期限 ${r.deadline}）。`,
      });
    }
  }
  await notify(trx, drafts, at);
  return ids;
}
