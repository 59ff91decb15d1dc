// Turns finding rows into the shapes of docs/api-contract.md § Hidden dangers. overdueDays is as of today in China; the
// blacklist badge comes from the blacklist context (one query per page).
import type { FindingDetail } from '@hazgov/app/hidden-dangers/get-finding';
import type { FindingStatsResult } from '@hazgov/app/hidden-dangers/get-finding-stats';
import type { FindingView } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { overdueDaysOf } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingStatus } from '@hazgov/domain/hidden-dangers/types';
import type { z } from 'zod';
import { presentAttachment } from '../attachments/attachments.presenter.js';
import type * as s from './hidden-dangers.schemas.js';

export type PresentContext = { today: string; listed: Set<string> };

export function presentFindingSummary(f: FindingView, c: PresentContext): z.infer<typeof s.findingSummary> {
  return {
    id: f.id, enterprise: { id: f.enterprise_id, name: f.enterprise_name, blacklisted: c.listed.has(f.enterprise_id) },
    territory: { id: f.territory_id, name: f.territory_name }, category: f.category, description: f.description, severity: f.severity,
    status: f.status, foundOn: f.found_on, deadline: f.deadline, overdueDays: overdueDaysOf(f.status as FindingStatus, f.deadline, c.today),
    escalationLevel: f.escalation_level, supervision: f.supervision_status ? { status: f.supervision_status, no: f.supervision_no } : null, source: f.source,
  };
}

export function presentFinding(d: FindingDetail, c: PresentContext): z.infer<typeof s.finding> {
  const f = d.finding;
  return {
    ...presentFindingSummary(f, c), legalBasis: f.legal_basis, majorCriteria: d.criteria, inspection: f.inspection_id ? { id: f.inspection_id } : null,
    planText: f.plan_text, responsiblePerson: f.responsible_person, funds: f.funds, submittedAt: f.submitted_at, verifiedAt: f.verified_at,
    verifiedBy: f.verified_by, closedAt: f.closed_at, returnCount: f.return_count, reopenCount: f.reopen_count,
    evidence: d.evidence.map(presentAttachment), verificationPhotos: d.verificationPhotos.map(presentAttachment), timeline: d.timeline,
    actions: d.actions, canSupervise: d.canSupervise, escalatedAt: f.escalated_at, isDemo: f.is_demo === 1, version: f.version,
  };
}

const counts = <T extends { found: number; closed: number; overdue: number; major: number; majorClosed: number }>(r: T) =>
  ({ found: r.found, closed: r.closed, overdue: r.overdue, major: r.major, majorClosed: r.majorClosed });

export function presentStats(st: FindingStatsResult): z.infer<typeof s.statsResponse> {
  const escalated = { 1: 0, 2: 0, 3: 0 };
  for (const e of st.escalated) if (e.level === 1 || e.level === 2 || e.level === 3) escalated[e.level] = e.n;
  return {
    totals: { ...counts(st.totals), open: st.totals.found - st.totals.closed }, closureRate: st.closureRate, onTimeRate: st.onTimeRate,
    byTerritory: st.byTerritory.map((r) => ({ id: r.id, name: r.name, ...counts(r) })).sort((a, b) => b.found - a.found),
    byIndustry: st.byIndustry.map((r) => ({ industry: r.industry, ...counts(r) })).sort((a, b) => b.found - a.found),
    byCategory: st.byCategory.map((r) => ({ category: r.category, ...counts(r) })).sort((a, b) => b.found - a.found),
    byMonth: st.byMonth.map((r) => ({ month: r.month, ...counts(r) })),
    escalated,
  };
}
