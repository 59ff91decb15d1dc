// zod schemas of docs/api-contract.md § Inspections (the field record). Closed vocabularies come from
// domain/inspections/types.ts so the API, the use cases and the phone share one list.
import { z } from 'zod';
import { inspectionOutcomes, inspectionStatuses } from '@hazgov/domain/inspections/types';
import { attachmentSchema } from '../attachments/attachments.presenter.js';

const id = z.string().min(1).max(100);
const iso = z.string().min(1).max(40);
const nameRef = z.object({ id: z.string(), name: z.string() });

export const inspectionParams = z.object({ id });
export const listQuery = z.object({
  status: z.enum(inspectionStatuses).optional(), enterpriseId: id.optional(), planId: id.optional(), mine: z.enum(['0', '1', 'true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const inspectionSummary = z.object({
  id: z.string(), enterprise: z.object({ id: z.string(), name: z.string(), blacklisted: z.boolean() }), territory: nameRef,
  plan: z.object({ id: z.string(), title: z.string() }).nullable(), templateName: z.string(), inspectors: z.array(nameRef),
  scheduledOn: z.string().nullable(), status: z.string(), submittedAt: z.string().nullable(), failCount: z.number(), findingCount: z.number(),
});
export const listResponse = z.object({ items: z.array(inspectionSummary), total: z.number(), page: z.number(), pageSize: z.number() });

export const checklistItem = z.object({
  id: z.string(), sort: z.number(), area: z.string(), content: z.string(), legalBasis: z.string(), severityHint: z.string(), majorCriterion: z.string().nullable(),
});
export const findingSummary = z.object({
  id: z.string(), enterprise: z.object({ id: z.string(), name: z.string(), blacklisted: z.boolean() }), territory: nameRef, category: z.string(),
  description: z.string(), severity: z.string(), status: z.string(), foundOn: z.string(), deadline: z.string(), overdueDays: z.number(),
  escalationLevel: z.number(), supervision: z.object({ status: z.string(), no: z.string().nullable() }).nullable(), source: z.string(),
});
export const inspection = inspectionSummary.extend({
  template: z.object({ id: z.string(), name: z.string(), version: z.number(), items: z.array(checklistItem) }),
  results: z.array(z.object({
    itemId: z.string(), outcome: z.string(), note: z.string().nullable(), recordedAt: z.string(), findingId: z.string().nullable(), photos: z.array(attachmentSchema),
  })),
  /** photos of the inspection as a whole, and of items not answered yet */
  photos: z.array(attachmentSchema),
  summary: z.string().nullable(), representativeName: z.string().nullable(), representativeConfirmedAt: z.string().nullable(),
  startedAt: z.string().nullable(), version: z.number(), canRecord: z.boolean(), findings: z.array(findingSummary),
});

export const createBody = z.object({
  id: z.string().max(64).nullish(), enterpriseId: id, templateId: id.nullish(), planId: id.nullish(), inspectorIds: z.array(id).max(10).nullish(),
  scheduledOn: z.string().max(10).nullish(),
});

const syncOp = z.object({
  opId: z.string().min(1).max(64), inspectionId: id, baseVersion: z.number().int(), at: iso,
  results: z.array(z.object({ itemId: id, outcome: z.enum(inspectionOutcomes), note: z.string().max(2000).nullish(), recordedAt: iso })).max(500).optional(),
  summary: z.string().max(4000).nullish(), representativeName: z.string().max(100).nullish(), submit: z.boolean().optional(),
});
export const syncBody = z.object({ ops: z.array(syncOp).max(200) });
export const syncResponse = z.object({
  results: z.array(z.object({
    opId: z.string(), outcome: z.enum(['applied', 'conflict', 'rejected']), replayed: z.boolean(), inspection: inspection.optional(),
    conflicts: z.array(z.object({ itemId: z.string().nullable(), field: z.string(), mine: z.string().nullable(), theirs: z.string().nullable() })).optional(),
    error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable() }).optional(),
  })),
});
export { attachmentSchema };
