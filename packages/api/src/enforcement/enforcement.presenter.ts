// The only shape of an enforcement case that leaves the API: the row with its names, the enterprise's blacklist badge,
// and what the asking user may do next (the same rules the use cases enforce).
import type { z } from 'zod';
import type { CaseView } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { allowedCaseActions, CASE_DECIDERS, mayActOnCase, mayPublishCase } from '@hazgov/domain/enforcement/case-workflow';
import type { CaseKind, CaseStatus, PenaltyKind } from '@hazgov/domain/enforcement/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { enforcementCase } from './enforcement.schemas.js';

export function presentCase(c: CaseView, actor: Actor, listed: ReadonlySet<string>): z.output<typeof enforcementCase> {
  const kind = c.kind as CaseKind;
  const status = c.status as CaseStatus;
  return {
    id: c.id, kind, status, enterprise: { id: c.enterprise_id, name: c.enterprise_name, creditCode: c.enterprise_uscc, blacklisted: listed.has(c.enterprise_id) },
    territory: { id: c.territory_id, name: c.territory_name }, organisation: { id: c.organisation_id, name: c.organisation_name },
    inspectionId: c.inspection_id, findingIds: JSON.parse(c.hazard_finding_ids_json) as string[], decisionNo: c.decision_no, facts: c.facts,
    legalBasis: c.legal_basis, penaltyKinds: JSON.parse(c.penalty_kinds_json) as PenaltyKind[], amount: c.amount, deadline: c.deadline,
    decidedOn: c.decided_on, closedOn: c.closed_on, publishedAt: c.published_at, isDemo: Number(c.is_demo) === 1, createdAt: c.created_at,
    updatedAt: c.updated_at, version: Number(c.version),
    allowedActions: allowedCaseActions(kind, status).filter((a) => mayActOnCase(actor.role, a)),
    canPublish: CASE_DECIDERS.includes(actor.role) && mayPublishCase(kind, status, c.published_at),
  };
}
