// zod schemas of docs/api-contract.md § Blacklist. Closed vocabularies come from domain/blacklist.
import { z } from 'zod';
import { entryActions, entryStatuses, partyKinds } from '@hazgov/domain/blacklist/types';

const id = z.string().min(1).max(100);

export const entryParams = z.object({ id });
export const listQuery = z.object({ status: z.enum(entryStatuses).optional(), partyKind: z.enum(partyKinds).optional(), q: z.string().max(100).optional() });
export const entryInput = z.object({
  partyKind: z.string().max(20), enterpriseId: id, personName: z.string().max(100).nullish(), idNumber: z.string().max(30).nullish(),
  personRole: z.string().max(100).nullish(), criteria: z.array(z.string().max(40)).max(50), reason: z.string().max(10_000), caseIds: z.array(id).max(100).nullish(),
});
export const entryActionBody = z.object({
  action: z.string().max(40), version: z.number().int().min(1), comment: z.string().max(4000).nullish(), decisionNo: z.string().max(200).nullish(),
  durationMonths: z.number().int().nullish(), departmentIds: z.array(id).max(50).nullish(), measures: z.string().max(4000).nullish(), note: z.string().max(4000).nullish(),
});
export const noticesQuery = z.object({ acknowledged: z.enum(['0', '1', 'true', 'false']).optional() });
export const acknowledgeBody = z.object({ response: z.string().max(4000) });

const criterion = z.object({ key: z.string(), text: z.string(), basis: z.string(), verified: z.boolean(), durationMonths: z.number() });
export const notice = z.object({
  id: z.string(), department: z.object({ id: z.string(), name: z.string() }), measures: z.string(), sentAt: z.string(), acknowledgedAt: z.string().nullable(),
  response: z.string().nullable(),
});
export const entry = z.object({
  id: z.string(), partyKind: z.enum(partyKinds), enterprise: z.object({ id: z.string(), name: z.string(), blacklisted: z.boolean() }).nullable(),
  territory: z.object({ id: z.string(), name: z.string() }).nullable(), partyName: z.string(), creditCode: z.string().nullable(),
  /** whole for the district admin and departments, masked (110105********002X) for everyone else */
  idNumber: z.string().nullable(), personRole: z.string().nullable(), criteria: z.array(criterion), reason: z.string(),
  cases: z.array(z.object({ id: z.string(), decisionNo: z.string().nullable() })), status: z.enum(entryStatuses), proposedAt: z.string(),
  reviewedAt: z.string().nullable(), reviewComment: z.string().nullable(), decidedAt: z.string().nullable(), decisionNo: z.string().nullable(),
  publishedAt: z.string().nullable(), listedFrom: z.string().nullable(), listedUntil: z.string().nullable(), durationMonths: z.number(),
  repairAppliedAt: z.string().nullable(), repairNote: z.string().nullable(), removedAt: z.string().nullable(), removedReason: z.string().nullable(),
  notices: z.array(notice), isDemo: z.boolean(), version: z.number(),
  /** the asking user: their own proposal (the four-eyes rule forbids reviewing it) and the actions they may take now */
  proposedByMe: z.boolean(), allowedActions: z.array(z.enum(entryActions)),
});
export const entryList = z.object({ items: z.array(entry) });
export const noticeWithEntry = notice.extend({
  entry: z.object({ id: z.string(), partyKind: z.string(), partyName: z.string(), creditCode: z.string().nullable(), reason: z.string(), decisionNo: z.string().nullable(),
    listedFrom: z.string().nullable(), listedUntil: z.string().nullable(), status: z.string() }),
});
export const noticeList = z.object({ items: z.array(noticeWithEntry) });
export const listedResponse = z.object({ enterpriseIds: z.array(z.string()) });
