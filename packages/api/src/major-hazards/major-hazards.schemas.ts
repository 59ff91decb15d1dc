// zod schemas of docs/api-contract.md § Major hazards. Inventory lines, flags and the register row share the
// enterprises context's shapes, so a line or a register looks the same on every page.
import { z } from 'zod';
import { flags, inventoryLine, inventoryLineInput, register } from '../enterprises/enterprises.schemas.js';

const id = z.string().min(1).max(100);
const optText = (max: number) => z.string().max(max).nullish();
export const filingStatus = z.enum(['not_filed', 'filed', 'refile_needed']);
export const gradeNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const identificationStatus = z.enum(['empty', 'incomplete', 'below_threshold', 'needs_population', 'graded']);

/** A trace number: exact fraction, the decimal people read, an approximate value for sorting. */
export const traceNumber = z.object({ exact: z.string(), display: z.string(), value: z.number() });
/** The domain's IdentificationTrace, passed through as computed or stored. */
export const identification = z.looseObject({ status: identificationStatus, standard: z.string() });

export const unitParams = z.object({ unitId: id });
export const listQuery = z.object({
  grade: z.coerce.number().int().min(1).max(4).optional(),
  territoryId: id.optional(),
  filingStatus: filingStatus.optional(),
  status: z.enum(['graded', 'needs_population', 'incomplete']).optional(),
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
const ref = z.object({ id: z.string(), name: z.string() });
export const listItem = z.object({
  unitId: z.string(), unitName: z.string(), unitKind: z.string(), enterprise: ref, territory: ref, status: identificationStatus,
  grade: gradeNumber.nullable(), S: traceNumber.nullable(), R: traceNumber.nullable(), filingStatus: filingStatus.nullable(),
  principalName: z.string().nullable(), technicalName: z.string().nullable(), operationsName: z.string().nullable(), identifiedAt: z.string().nullable(),
});
export const countsByGrade = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), needsPopulation: z.number(), incomplete: z.number() });
export const listResponse = z.object({ items: z.array(listItem), total: z.number(), page: z.number(), pageSize: z.number(), countsByGrade });

export const requirement = z.object({ zh: z.string().max(1000), en: z.string().max(1000), basis: z.string().max(200).nullish(), suggestion: z.boolean().optional() });
export const lineWithFlags = inventoryLine.extend({ flags });
export const detailResponse = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), facility: z.string().nullable(), population500m: z.number().nullable(), populationSource: z.string().nullable() }),
  enterprise: z.object({ id: z.string(), name: z.string(), uscc: z.string(), address: z.string().nullable() }),
  territory: ref,
  identification,
  lines: z.array(lineWithFlags),
  register: register.nullable(),
  monitoring: z.array(requirement),
  canEditRegister: z.boolean(),
});

export const registerBody = z.object({
  filingStatus, filingNumber: optText(100), filedOn: optText(10), principalName: optText(100), principalPhone: optText(30),
  technicalName: optText(100), technicalPhone: optText(30), operationsName: optText(100), operationsPhone: optText(30),
});

export const monitoringBody = z.object({ items: z.array(z.object({ grade: gradeNumber, requirements: z.array(requirement).max(100) })).max(4) });
export const monitoringResponse = monitoringBody.extend({ source: z.enum(['default', 'district']), updatedAt: z.string().nullable() });

export const identifyBody = z.object({ lines: z.array(inventoryLineInput).max(500), population500m: z.number().int().min(0).nullable() });

export const statsResponse = z.object({
  byGrade: z.array(z.object({ grade: gradeNumber, count: z.number() })),
  byTerritory: z.array(z.object({ territoryId: z.string(), name: z.string(), counts: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number() }) })),
  belowThresholdUnits: z.number(), totalUnits: z.number(), majorHazardUnits: z.number(),
});
