// zod schemas of docs/api-contract.md § Chemicals.
import { z } from 'zod';
import { flags } from '../enterprises/enterprises.schemas.js';

const id = z.string().min(1).max(200);
export const searchQuery = z.object({ q: z.string().max(200).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) });
export const chemicalHit = z.object({
  source: z.enum(['gb18218_table1', 'catalog']), table1Serial: z.number().nullable(), catalogEntryId: z.string().nullable(), name: z.string(),
  aliases: z.array(z.string()), cas: z.array(z.string()), thresholdTonnes: z.string().nullable(), thresholdSource: z.enum(['table1', 'table2']).nullable(),
  hazardSymbols: z.array(z.string()), unNumber: z.string().nullable(), flags, edition: z.object({ id: z.string(), name: z.string(), source: z.string() }).nullable(),
  sources: z.record(z.string(), z.string()).nullable(), matchedOn: z.string(),
});
export const searchResponse = z.object({ items: z.array(chemicalHit), casProblem: z.enum(['check_digit']).nullable() });

export const serialParams = z.object({ serial: z.coerce.number().int().min(1).max(1000) });
export const table1Row = chemicalHit.extend({ note: z.string().nullable() });

export const category = z.object({
  symbol: z.string(), group: z.string(), category: z.string(), description: z.string(), thresholdTonnes: z.string(), beta: z.string().nullable(),
});
export const categoriesResponse = z.array(category);

export const referenceList = z.object({
  key: z.string(), title: z.string(), source: z.string(), complete: z.boolean(), note: z.string(), noteEn: z.string(), entryCount: z.number(),
  officialCount: z.number().nullable(), confidence: z.string(),
});
export const listsResponse = z.array(referenceList);

export const restrictionLevel = z.enum(['prohibited', 'restricted', 'controlled']);
export const restrictionParams = z.object({ id });
export const restrictionBody = z.object({ chemicalName: z.string().max(200), cas: z.string().max(40).nullish(), level: restrictionLevel, note: z.string().max(1000).nullish() });
export const restriction = z.object({
  id: z.string(), chemicalName: z.string(), cas: z.string().nullable(), level: z.string(), note: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
  affectedLines: z.number(),
});
export const restrictionListResponse = z.object({ items: z.array(restriction) });

export const edition = z.object({
  id: z.string(), name: z.string(), source: z.string(), importedAt: z.string(), importedBy: z.string().nullable(), entryCount: z.number(), active: z.boolean(),
});
export const editionListResponse = z.object({ items: z.array(edition) });
export const editionParams = z.object({ id });
export const entriesQuery = z.object({
  q: z.string().max(200).optional(), page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const entry = z.object({
  id: z.string(), serial: z.string().nullable(), name: z.string(), aliases: z.array(z.string()), cas: z.string().nullable(), unNumber: z.string().nullable(),
  hazardSymbols: z.array(z.string()), flags: z.record(z.string(), z.boolean()), sources: z.record(z.string(), z.string()),
});
export const entriesResponse = z.object({ edition, items: z.array(entry), total: z.number(), page: z.number(), pageSize: z.number() });
