// The only shapes of the chemicals context that leave the API.
import type { z } from 'zod';
import type { CatalogEditionRow, CatalogEntryRow } from '@hazgov/db/chemicals/catalog.repository';
import type { RestrictionRow } from '@hazgov/db/chemicals/restriction-list.repository';
import type { edition, entry, restriction } from './chemicals.schemas.js';

type Out<T extends z.ZodType> = z.output<T>;
const parseJson = <T>(text: string, fallback: T): T => { try { return JSON.parse(text) as T; } catch { return fallback; } };

export function presentRestriction(r: RestrictionRow, affectedLines: number): Out<typeof restriction> {
  return { id: r.id, chemicalName: r.chemical_name, cas: r.cas, level: r.level, note: r.note, createdAt: r.created_at, updatedAt: r.updated_at, affectedLines };
}

export function presentEdition(e: CatalogEditionRow): Out<typeof edition> {
  return { id: e.id, name: e.name, source: e.source, importedAt: e.imported_at, importedBy: e.imported_by, entryCount: e.entry_count, active: e.active === 1 };
}

export function presentEntry(e: CatalogEntryRow): Out<typeof entry> {
  return {
    id: e.id, serial: e.serial, name: e.name, aliases: parseJson<string[]>(e.aliases, []), cas: e.cas, unNumber: e.un_number,
    hazardSymbols: (e.hazard_symbols ?? '').split(',').filter(Boolean), flags: parseJson<Record<string, boolean>>(e.flags_json, {}),
    sources: parseJson<Record<string, string>>(e.sources_json, {}),
  };
}
