// zod schemas of docs/api-contract.md § Enforcement. Closed vocabularies come from domain/enforcement so the API, the
// workflow and the web forms share one list.
import { z } from 'zod';
import { caseActions } from '@hazgov/domain/enforcement/case-workflow';
import { caseKinds, caseStatuses, penaltyKinds } from '@hazgov/domain/enforcement/types';

const id = z.string().min(1).max(100);
const flag = z.enum(['0', '1', 'true', 'false']).optional();

export const caseParams = z.object({ id });
export const listQuery = z.object({
  kind: z.enum(caseKinds).optional(), status: z.enum(caseStatuses).optional(), enterpriseId: id.optional(), published: flag,
  page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const caseInput = z.object({
  kind: z.string().max(40), enterpriseId: id, findingIds: z.array(id).max(200).nullish(), inspectionId: id.nullish(), facts: z.string().max(10_000),
  legalBasis: z.string().max(10_000), penaltyKinds: z.array(z.string().max(40)).max(10).nullish(), amount: z.string().max(20).nullish(), deadline: z.string().max(10).nullish(),
});
export const caseActionBody = z.object({
  action: z.string().max(40), version: z.number().int().min(1), decisionNo: z.string().max(200).nullish(), decidedOn: z.string().max(10).nullish(),
  amount: z.string().max(20).nullish(), penaltyKinds: z.array(z.string().max(40)).max(10).nullish(),
});

const ref = z.object({ id: z.string(), name: z.string() });
export const enforcementCase = z.object({
  id: z.string(), kind: z.enum(caseKinds), status: z.enum(caseStatuses), enterprise: ref.extend({ blacklisted: z.boolean(), creditCode: z.string() }), territory: ref,
  organisation: z.object({ id: z.string(), name: z.string().nullable() }), inspectionId: z.string().nullable(), findingIds: z.array(z.string()),
  decisionNo: z.string().nullable(), facts: z.string(), legalBasis: z.string(), penaltyKinds: z.array(z.enum(penaltyKinds)), amount: z.string().nullable(),
  deadline: z.string().nullable(), decidedOn: z.string().nullable(), closedOn: z.string().nullable(), publishedAt: z.string().nullable(), isDemo: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(), version: z.number(),
  /** what the asking user may do next (the workflow's edges their role may take) */
  allowedActions: z.array(z.enum(caseActions)), canPublish: z.boolean(),
});
export const caseDetail = enforcementCase.extend({
  timeline: z.array(z.object({ at: z.string(), action: z.string(), actor: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable() })),
});
export const caseList = z.object({ items: z.array(enforcementCase), total: z.number(), page: z.number(), pageSize: z.number() });
