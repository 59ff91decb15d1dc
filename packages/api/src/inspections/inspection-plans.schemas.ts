// zod schemas of docs/api-contract.md § issue 5 (checklists, settings, plans, 双随机 draws, conflicts, inspectors).
// Only shapes here: the checks that name a field with a useful message (items.3.legalBasis, escalation.districtDays …)
// live in the domain, so bodies are accepted loosely where the domain checks them whole.
import { z } from 'zod';
import { enterpriseTypes, inspectionPlanKinds, severityHints } from '@hazgov/domain/inspections/types';

const id = z.string().min(1).max(100);
const levelWeights = z.object({ red: z.number(), orange: z.number(), yellow: z.number(), blue: z.number(), none: z.number() });
export const drawWeights = z.object({ area: levelWeights, enterprise: levelWeights }).describe('weight = area[territory area-risk level] × enterprise[worst risk-point level]');
export const idParams = z.object({ id });
export const noContent = z.null();

// checklists
export const checklistItem = z.object({
  id: z.string(), sort: z.number(), area: z.string(), content: z.string(), legalBasis: z.string(), severityHint: z.enum(severityHints), majorCriterion: z.string().nullable(),
});
const templateBase = {
  id: z.string(), enterpriseType: z.enum(enterpriseTypes), name: z.string(), nameEn: z.string().nullable(), version: z.number(),
  status: z.enum(['active', 'retired']), source: z.enum(['starter', 'admin']), updatedAt: z.string(),
};
export const templateSummary = z.object({ ...templateBase, itemCount: z.number() });
export const template = z.object({ ...templateBase, items: z.array(checklistItem) });
export const templatesQuery = z.object({ enterpriseType: z.enum(enterpriseTypes).optional(), status: z.enum(['active', 'retired']).optional() });
export const templatesResponse = z.object({ items: z.array(templateSummary) });
export const templateInput = z.object({
  enterpriseType: z.string().max(40), name: z.string().max(500), nameEn: z.string().max(500).nullish(),
  items: z.array(z.object({
    area: z.string().max(500), content: z.string().max(5000), legalBasis: z.string().max(5000), severityHint: z.string().max(20),
    majorCriterion: z.string().max(40).nullish(),
  })).max(1000),
});

// settings
const criterion = z.object({ key: z.string(), text: z.string(), basis: z.string(), verified: z.boolean() });
const listingCriterion = criterion.extend({ durationMonths: z.number() });
const flag = z.object({ public: z.boolean(), locked: z.boolean().optional() });
const publicFields = z.object({ blacklist: z.record(z.string(), flag), penalty: z.record(z.string(), flag) });
const settingsDoc = {
  majorCriteria: z.array(criterion), escalation: z.object({ territoryDays: z.number(), departmentDays: z.number(), districtDays: z.number() }),
  deadlines: z.object({ generalDays: z.number(), majorDays: z.number() }), blacklistCriteria: z.array(listingCriterion), publicFields,
};
const origin = z.enum(['default', 'saved']);
export const settingsResponse = z.object({
  ...settingsDoc,
  origin: z.object({ majorCriteria: origin, escalation: origin, deadlines: origin, blacklistCriteria: origin, publicFields: origin }).describe('default: from data/inspections or the documented default; saved: an admin’s'),
  defaults: z.object(settingsDoc), updatedAt: z.string().nullable(), updatedBy: z.string().nullable(),
});
export const settingsBody = z.record(z.string(), z.unknown())
  .describe('any of majorCriteria, escalation, deadlines, blacklistCriteria, publicFields (shapes as in the response); checked whole, unknown keys refused');

// plans
export const planInput = z.object({
  year: z.number().int(), title: z.string().max(1000), kind: z.enum(inspectionPlanKinds), territoryIds: z.array(id).max(200).optional(),
  sampleSize: z.number().int(), inspectorsPerEnterprise: z.number().int().optional(), weights: drawWeights.optional(), note: z.string().max(5000).nullish(),
});
export const plan = z.object({
  id: z.string(), organisation: z.object({ id: z.string(), name: z.string() }), year: z.number(), title: z.string(), kind: z.enum(inspectionPlanKinds),
  territoryIds: z.array(z.string()), sampleSize: z.number(), inspectorsPerEnterprise: z.number(), weights: drawWeights, status: z.enum(['draft', 'published']),
  note: z.string().nullable(), draws: z.array(z.object({ id: z.string(), seed: z.string(), status: z.string(), drawnAt: z.string(), count: z.number() })),
  inspectionCount: z.number(), doneCount: z.number(), createdAt: z.string(), updatedAt: z.string(), publishedAt: z.string().nullable(),
});
export const plansQuery = z.object({ year: z.coerce.number().int().optional() });
export const plansResponse = z.object({ items: z.array(plan) });

// draws
export const drawBody = z.object({ seed: z.union([z.string().max(20), z.number()]).optional().describe('decimal 0…4294967295; omitted → 32 bits from crypto') }).nullish();
const assignment = z.object({ enterpriseId: z.string(), inspectorIds: z.array(z.string()) });
export const draw = z.object({
  id: z.string(), planId: z.string(), seed: z.string(), algorithm: z.string(),
  enterprisePool: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number(), areaLevel: z.string().nullable(), enterpriseLevel: z.string().nullable() })),
  inspectorPool: z.array(z.object({ id: z.string(), name: z.string() })),
  conflicts: z.array(z.object({ inspectorId: z.string(), enterpriseId: z.string(), reason: z.string() })),
  result: z.array(z.object({
    enterprise: z.object({ id: z.string(), name: z.string(), territory: z.object({ id: z.string(), name: z.string() }).nullable() }),
    inspectors: z.array(z.object({ id: z.string(), name: z.string() })),
  })),
  status: z.enum(['drawn', 'published']), drawnAt: z.string(), publishedAt: z.string().nullable(),
});
export const verifyResponse = z.object({ ok: z.boolean(), algorithm: z.string(), recomputed: z.array(assignment), stored: z.array(assignment) });

// conflicts and inspectors
export const conflict = z.object({
  id: z.string(), inspectorId: z.string(), enterpriseId: z.string(), inspector: z.object({ id: z.string(), name: z.string() }), enterprise: z.object({ id: z.string(), name: z.string() }), reason: z.string(), createdAt: z.string(),
});
export const conflictsQuery = z.object({ enterpriseId: id.optional(), inspectorId: id.optional() });
export const conflictsResponse = z.object({ items: z.array(conflict) });
export const conflictInput = z.object({ inspectorId: id, enterpriseId: id, reason: z.string().max(5000) });
export const inspectorsResponse = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), organisation: z.object({ id: z.string(), name: z.string() }) })) });
