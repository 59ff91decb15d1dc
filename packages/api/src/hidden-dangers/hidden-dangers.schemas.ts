// zod schemas of docs/api-contract.md § Hidden dangers. Closed vocabularies come from domain/hidden-dangers/types.ts.
import { z } from 'zod';
import { findingActions, findingSeverities, findingSources, findingStatuses } from '@hazgov/domain/hidden-dangers/types';
import { attachmentSchema } from '../attachments/attachments.presenter.js';

const id = z.string().min(1).max(100);
const isoDate = z.string().max(10);
export const findingParams = z.object({ id });

const flag = z.enum(['0', '1', 'true', 'false']).optional();
export const listQuery = z.object({
  status: z.enum(findingStatuses).optional(), severity: z.enum(findingSeverities).optional(), territoryId: id.optional(), enterpriseId: id.optional(),
  overdue: flag, supervision: z.enum(['listed', 'delisted']).optional(), category: z.string().max(100).optional(),
  escalationLevel: z.coerce.number().int().min(0).max(3).optional(), q: z.string().max(100).optional(),
  sort: z.enum(['newest', 'deadline', 'overdue']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const ref = z.object({ id: z.string(), name: z.string() });
export const findingSummary = z.object({
  id: z.string(), enterprise: z.object({ id: z.string(), name: z.string(), blacklisted: z.boolean() }), territory: ref, category: z.string(),
  description: z.string(), severity: z.string(), status: z.string(), foundOn: z.string(), deadline: z.string(), overdueDays: z.number(),
  escalationLevel: z.number(), supervision: z.object({ status: z.string(), no: z.string().nullable() }).nullable(), source: z.string(),
});
export const listResponse = z.object({ items: z.array(findingSummary), total: z.number(), page: z.number(), pageSize: z.number() });

const criterion = z.object({ key: z.string(), text: z.string(), basis: z.string(), verified: z.boolean() });
export const finding = findingSummary.extend({
  legalBasis: z.string().nullable(), majorCriteria: z.array(criterion), inspection: z.object({ id: z.string() }).nullable(),
  planText: z.string().nullable(), responsiblePerson: z.string().nullable(), funds: z.string().nullable(), submittedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(), verifiedBy: z.string().nullable(), closedAt: z.string().nullable(), returnCount: z.number(), reopenCount: z.number(),
  evidence: z.array(attachmentSchema), verificationPhotos: z.array(attachmentSchema),
  timeline: z.array(z.object({ at: z.string(), action: z.string(), actor: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), note: z.string().nullable() })),
  actions: z.array(z.enum(findingActions)), canSupervise: z.boolean(), escalatedAt: z.string().nullable(), isDemo: z.boolean(), version: z.number(),
});

export const createBody = z.object({
  enterpriseId: id, category: z.string().max(100), description: z.string().max(2000), severity: z.enum(findingSeverities).nullish(),
  majorCriteria: z.array(z.string().max(50)).max(20).nullish(), deadline: isoDate, legalBasis: z.string().max(500).nullish(),
  source: z.enum(findingSources).default('inspection'),
});

export const actionBody = z.object({
  action: z.enum(findingActions), version: z.number().int().min(1), planText: z.string().max(4000).nullish(), responsiblePerson: z.string().max(100).nullish(),
  funds: z.string().max(20).nullish(), note: z.string().max(2000).nullish(), deadline: isoDate.nullish(),
});

export const supervisionBody = z.object({ listed: z.boolean(), no: z.string().max(50).nullish() });

export const statsQuery = z.object({ territoryId: id.optional(), from: isoDate.optional(), to: isoDate.optional() });
const counts = { found: z.number(), closed: z.number(), overdue: z.number(), major: z.number(), majorClosed: z.number() };
export const statsResponse = z.object({
  totals: z.object({ ...counts, open: z.number() }), closureRate: z.number().nullable(), onTimeRate: z.number().nullable(),
  byTerritory: z.array(z.object({ id: z.string(), name: z.string(), ...counts })),
  byIndustry: z.array(z.object({ industry: z.string().nullable(), ...counts })),
  byCategory: z.array(z.object({ category: z.string(), ...counts })),
  byMonth: z.array(z.object({ month: z.string(), ...counts })),
  escalated: z.object({ 1: z.number(), 2: z.number(), 3: z.number() }),
});
