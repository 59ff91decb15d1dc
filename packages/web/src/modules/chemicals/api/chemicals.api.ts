// The chemicals API: catalog search, Table 2 categories, reference lists, the district's 禁限控 list, editions.
import { api, uploadWithProgress } from '../../shared/api/client';
import type {
  CatalogEdition, CatalogEntries, ChemicalHit, ChemicalSearch, HazardCategory, ReferenceList, RestrictionEntry, RestrictionInput,
} from './chemicals.types';

// A list endpoint may answer a bare array or { items }: accept both rather than fail on a wrapper.
const items = <T>(r: T[] | { items: T[] }): T[] => (Array.isArray(r) ? r : r.items);

export const chemicalsApi = {
  search: (q: string, limit = 20, signal?: AbortSignal) => api.get<ChemicalSearch>('/api/chemicals/search', { q, limit }, signal),
  table1Row: (serial: number) => api.get<ChemicalHit>(`/api/chemicals/table1/${serial}`),
  categories: () => api.get<HazardCategory[] | { items: HazardCategory[] }>('/api/chemicals/categories').then(items),
  lists: () => api.get<ReferenceList[] | { items: ReferenceList[] }>('/api/chemicals/lists').then(items),
  restrictions: () => api.get<{ items: RestrictionEntry[] }>('/api/chemicals/restrictions').then((r) => r.items),
  addRestriction: (body: RestrictionInput) => api.post<RestrictionEntry>('/api/chemicals/restrictions', body),
  updateRestriction: (id: string, body: RestrictionInput) => api.put<RestrictionEntry>(`/api/chemicals/restrictions/${encodeURIComponent(id)}`, body),
  deleteRestriction: (id: string) => api.del<void>(`/api/chemicals/restrictions/${encodeURIComponent(id)}`),
  editions: () => api.get<CatalogEdition[] | { items: CatalogEdition[] }>('/api/chemicals/editions').then(items),
  editionEntries: (id: string, q: { q?: string; page: number; pageSize: number }) =>
    api.get<CatalogEntries>(`/api/chemicals/editions/${encodeURIComponent(id)}/entries`, q),
  uploadEdition: (file: File, fields: { name: string; source: string }, onProgress: (p: number) => void) => {
    const form = new FormData();
    form.append('name', fields.name);
    form.append('source', fields.source);
    form.append('file', file);
    return uploadWithProgress<CatalogEdition>('/api/chemicals/editions', form, onProgress);
  },
};

export const chemicalsUrls = { editionTemplate: '/api/chemicals/edition-template.xlsx' };
