// zod schemas of the Enterprises section of docs/api-contract.md (import/export excepted). Request schemas check
// shapes only; the domain checks meaning, so that a bad credit code or an inventory quantity gets its own code
// naming the field and row (strings where a user can type something wrong, e.g. quantity and units).
import { z } from 'zod';
import { declarationStatuses, enterpriseActivities, enterpriseStatuses } from '@hazgov/domain/enterprises/enterprise-values';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
const optText = (max: number) => z.string().max(max).nullish();
const isoDate = z.string().max(20);

export const enterpriseParams = z.object({ id });
export const licenceParams = z.object({ licenceId: id });
export const siteParams = z.object({ siteId: id });
export const unitParams = z.object({ unitId: id });
export const declarationParams = z.object({ declarationId: id });

const locationInput = z.object({ lng: z.number(), lat: z.number(), crs: z.enum(['wgs84', 'gcj02']) });
const location = z.object({ lng: z.number(), lat: z.number(), crs: z.literal('wgs84'), input: z.enum(['wgs84', 'gcj02']).nullable() });
const contact = z.object({ duty: text(50), name: text(100), phone: optText(50) });

export const enterpriseInput = z.object({
  name: text(200), uscc: text(40), legalRepresentative: optText(100), address: optText(500), location: locationInput.nullish(),
  territoryId: id, gridId: id.nullish(), industry: optText(200), activities: z.array(z.string().max(30)).max(10),
  status: z.string().max(30), inChemicalPark: z.boolean(), chemicalPark: optText(200), staffCount: z.number().int().nullish(),
  contacts: z.array(contact).max(50), keyProcesses: z.array(text(100)).max(50),
});
export const enterpriseUpdate = enterpriseInput.extend({ version: z.number().int().min(1) });

export const listQuery = z.object({
  q: z.string().max(100).optional(), territoryId: id.optional(), industry: z.string().max(200).optional(),
  activity: z.enum(enterpriseActivities).optional(), status: z.enum(enterpriseStatuses).optional(),
  grade: z.coerce.number().int().min(1).max(4).optional(), majorHazard: z.enum(['0', '1', 'true', 'false']).optional(),
  licenceExpiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(), restricted: z.enum(['0', '1', 'true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const ref = z.object({ id: z.string(), name: z.string() });
export const listItem = z.object({
  id: z.string(), name: z.string(), uscc: z.string(), territory: ref, grid: ref.nullable(), industry: z.string().nullable(),
  activities: z.array(z.string()), status: z.string(), inChemicalPark: z.boolean(), declarationStatus: z.string(), unitCount: z.number(),
  majorHazardCount: z.number(), worstGrade: z.number().nullable(), nextLicenceExpiry: z.string().nullable(), restrictedLineCount: z.number(), isDemo: z.boolean(),
});
export const listResponse = z.object({ items: z.array(listItem), total: z.number(), page: z.number(), pageSize: z.number() });

export const licenceInput = z.object({
  kind: z.string().max(40), number: text(100), scope: optText(1000), issuer: optText(200), issuedOn: isoDate.nullish(), expiresOn: isoDate,
});
export const licence = z.object({
  id: z.string(), kind: z.string(), number: z.string(), scope: z.string().nullable(), issuer: z.string().nullable(), issuedOn: z.string().nullable(),
  expiresOn: z.string(), daysToExpiry: z.number(), state: z.enum(['valid', 'expiring_90', 'expiring_30', 'expired']),
});
export const siteInput = z.object({ name: text(200), address: optText(500), location: locationInput.nullish() });
export const site = z.object({ id: z.string(), name: z.string(), address: z.string().nullable(), location: location.nullable() });

export const unitInput = z.object({
  name: text(200), kind: z.string().max(30), facility: z.string().max(30).nullish(), siteId: id.nullish(), location: locationInput.nullish(),
  population500m: z.number().nullish(),
});
const flagStatus = z.enum(['listed', 'not_listed', 'unknown']);
export const flags = z.object({
  highlyToxic: flagStatus, keySupervised: flagStatus, explosivePrecursor: flagStatus, drugPrecursor: flagStatus, speciallyControlled: flagStatus,
  restriction: z.object({ level: z.enum(['prohibited', 'restricted', 'controlled']), entryId: z.string(), note: z.string().nullable() }).nullable(),
});
export const inventoryLineInput = z.object({
  chemicalName: text(200), cas: optText(40), table1Serial: z.number().int().nullish(), outsideTable1: z.boolean().nullish(),
  hazardSymbols: z.array(z.string().max(20)).max(24).nullish(), betaSymbol: optText(20), quantity: z.union([z.string().max(40), z.number()]),
  quantityUnit: z.string().max(20), density: z.union([z.string().max(40), z.number()]).nullish(), densityUnit: optText(20),
  physicalState: optText(30), containerType: optText(100),
});
export const inventoryBody = z.object({ lines: z.array(inventoryLineInput).max(500) });
export const inventoryLine = z.object({
  id: z.string(), chemicalName: z.string(), cas: z.string().nullable(), table1Serial: z.number().nullable(), outsideTable1: z.boolean(),
  hazardSymbols: z.array(z.string()), betaSymbol: z.string().nullable(), quantity: z.string(), quantityUnit: z.string(), density: z.string().nullable(),
  densityUnit: z.string().nullable(), physicalState: z.string().nullable(), containerType: z.string().nullable(), flags,
});
/** The stored GB 18218 trace (domain/major-hazards/identification-trace.ts), passed through as stored. */
const identification = z.looseObject({ status: z.string(), standard: z.string() });
export const unit = z.object({
  id: z.string(), siteId: z.string().nullable(), name: z.string(), kind: z.string(), facility: z.string().nullable(), location: location.nullable(),
  population500m: z.number().nullable(), populationSource: z.string().nullable(), identification, isMajorHazard: z.boolean(),
  grade: z.number().nullable(), identifiedAt: z.string().nullable(), lines: z.array(inventoryLine),
});
export const register = z.object({
  unitId: z.string(), filingStatus: z.string(), filingNumber: z.string().nullable(), filedOn: z.string().nullable(),
  principalName: z.string().nullable(), principalPhone: z.string().nullable(), technicalName: z.string().nullable(), technicalPhone: z.string().nullable(),
  operationsName: z.string().nullable(), operationsPhone: z.string().nullable(), updatedAt: z.string(),
});
export const declaration = z.object({
  id: z.string(), enterpriseId: z.string(), enterpriseName: z.string(), year: z.number(), status: z.enum(declarationStatuses),
  submittedAt: z.string().nullable(), submittedBy: z.string().nullable(), reviewedAt: z.string().nullable(), reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(), copiedFromId: z.string().nullable(),
});

export const enterpriseDetail = z.object({
  id: z.string(), name: z.string(), uscc: z.string(), legalRepresentative: z.string().nullable(), address: z.string().nullable(),
  location: location.nullable(), territoryId: z.string(), gridId: z.string().nullable(), territory: ref, grid: ref.nullable(),
  industry: z.string().nullable(), activities: z.array(z.string()), status: z.string(), inChemicalPark: z.boolean(), chemicalPark: z.string().nullable(),
  staffCount: z.number().nullable(), contacts: z.array(z.object({ duty: z.string(), name: z.string(), phone: z.string().nullable() })),
  keyProcesses: z.array(z.string()), organisationId: z.string(), declarationStatus: z.string(), version: z.number(), isDemo: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(), licences: z.array(licence), sites: z.array(site), units: z.array(unit), registers: z.array(register),
  currentDeclaration: declaration.nullable(),
});

export const historyResponse = z.object({
  items: z.array(z.object({
    at: z.string(), actorName: z.string(), action: z.string(), entity: z.string(), entityId: z.string(), before: z.unknown(), after: z.unknown(),
  })),
});

export const startDeclarationBody = z.object({ year: z.number().int().min(2000).max(2100), copyForward: z.boolean().default(false) });
export const reviewBody = z.object({ decision: z.enum(['approve', 'return']), comment: z.string().max(2000).nullish() });
export const declarationListResponse = z.object({ items: z.array(declaration) });
export const declarationQueueQuery = z.object({ status: z.enum(declarationStatuses).default('submitted') });
export const declarationWithSnapshot = declaration.extend({ snapshot: enterpriseDetail.nullable(), previousSnapshot: enterpriseDetail.nullable() });
export const noContent = z.null();
