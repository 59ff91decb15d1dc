// zod schemas of docs/api-contract.md § Risk points. Closed vocabularies come from domain/risk/types.ts so the API,
// the domain checks and the web forms share one list.
import { z } from 'zod';
import { assessmentMethods, controlLevels, riskLevels, riskPointKinds, riskStatuses } from '@hazgov/domain/risk/types';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
const optText = (max: number) => z.string().max(max).nullish();
const list = (maxItems: number, maxLen = 200) => z.array(z.string().max(maxLen)).max(maxItems);
const isoDate = z.string().max(10);

export const level = z.enum(riskLevels);
export const pointParams = z.object({ id });

export const assessment = z.object({
  method: z.enum(assessmentMethods),
  inputs: z.object({ l: z.number(), e: z.number().nullish(), c: z.number().nullish(), s: z.number().nullish() }),
});
export const assessmentResult = z.object({
  method: z.enum(assessmentMethods),
  inputs: z.object({ l: z.number(), e: z.number().optional(), c: z.number().optional(), s: z.number().optional() }),
  score: z.number(), level,
  band: z.object({ level, min: z.number(), max: z.number().nullable() }).nullable(),
  basis: z.string(),
});

const measureList = list(50, 500);
const measures = z.object({ engineering: measureList, management: measureList, training: measureList, ppe: measureList, emergency: measureList });
// input: a category left out counts as none (at least one measure in all is the domain rule)
const measuresInput = z.object({
  engineering: measureList.default([]), management: measureList.default([]), training: measureList.default([]), ppe: measureList.default([]), emergency: measureList.default([]),
});

export const riskPointInput = z.object({
  kind: z.enum(riskPointKinds), enterpriseId: id.nullish(), siteId: id.nullish(), unitId: id.nullish(), territoryId: id.nullish(), gridId: id.nullish(),
  name: text(200), location: optText(500), coordinates: z.object({ lng: z.number(), lat: z.number(), crs: z.enum(['wgs84', 'gcj02']) }).nullish(),
  posts: list(100), hazardFactors: list(100, 500), accidentTypes: list(30), assessment, controlLevel: z.enum(controlLevels),
  responsibleDepartment: text(200), responsiblePerson: text(100), responsiblePhone: optText(30), measures: measuresInput, emergencyText: optText(4000),
  status: z.enum(riskStatuses), reviewIntervalDays: z.number().int(), lastReviewedOn: isoDate.nullish(),
});
export const riskPointUpdate = riskPointInput.extend({ version: z.number().int().min(1) });

const ref = z.object({ id: z.string(), name: z.string() });
const coordinates = z.object({ lng: z.number(), lat: z.number(), crs: z.literal('wgs84'), input: z.enum(['wgs84', 'gcj02']).nullable() });
export const riskPointSummary = z.object({
  id: z.string(), kind: z.string(), enterprise: ref.nullable(), siteId: z.string().nullable(), unitId: z.string().nullable(), territory: ref,
  grid: ref.nullable(), name: z.string(), location: z.string().nullable(), coordinates: coordinates.nullable(), posts: z.array(z.string()),
  hazardFactors: z.array(z.string()), accidentTypes: z.array(z.string()), assessment: assessmentResult, computedLevel: level,
  override: z.object({ level, reason: z.string(), by: z.string(), at: z.string() }).nullable(), level, controlLevel: z.string(),
  responsibleDepartment: z.string(), responsiblePerson: z.string(), responsiblePhone: z.string().nullable(), status: z.string(),
  reviewIntervalDays: z.number(), lastReviewedOn: z.string().nullable(), nextReviewOn: z.string(), reviewLate: z.boolean(), version: z.number(),
  isDemo: z.boolean(), createdAt: z.string(), updatedAt: z.string(), canEdit: z.boolean(), canOverride: z.boolean(),
});
export const riskPoint = riskPointSummary.extend({ measures, emergencyText: z.string().nullable() });

const flag = z.enum(['0', '1', 'true', 'false']).optional();
export const listQuery = z.object({
  q: z.string().max(100).optional(), enterpriseId: id.optional(), territoryId: id.optional(),
  level: z.string().regex(/^(red|orange|yellow|blue)(,(red|orange|yellow|blue))*$/).optional(), // comma-separated
  status: z.enum(riskStatuses).optional(), kind: z.enum(riskPointKinds).optional(), method: z.enum(assessmentMethods).optional(),
  reviewLate: flag, publicOnly: flag,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const listResponse = z.object({ items: z.array(riskPointSummary), total: z.number(), page: z.number(), pageSize: z.number() });

export const overrideBody = z.object({ level, reason: text(1000) });
export const clearOverrideBody = z.object({ reason: text(1000) });
export const reviewBody = z.object({ reviewedOn: isoDate, status: z.enum(riskStatuses), note: optText(2000) });

export const commentBody = z.object({ body: text(4000) });
export const comment = z.object({ id: z.string(), authorName: z.string(), authorOrganisation: z.string(), body: z.string(), createdAt: z.string() });
export const commentList = z.object({ items: z.array(comment) });

export const confirmationBody = z.object({ post: text(200), personName: text(100), confirmedOn: isoDate, note: optText(1000) });
export const confirmation = z.object({
  id: z.string(), post: z.string(), personName: z.string(), confirmedOn: z.string(), note: z.string().nullable(), createdAt: z.string(),
});
export const confirmationList = z.object({ items: z.array(confirmation) });

export const historyResponse = z.object({
  items: z.array(z.object({
    at: z.string(), actorName: z.string(), action: z.string(), entity: z.string(), entityId: z.string(), before: z.unknown(), after: z.unknown(),
  })),
});
export const noContent = z.null();
