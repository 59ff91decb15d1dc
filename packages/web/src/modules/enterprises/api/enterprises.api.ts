// The enterprise, declaration, import and chemical-lookup endpoints the enterprise pages use.
import { api, uploadWithProgress, withQuery } from '../../shared/api/client';
import type {
  ChemicalHit, Declaration, EnterpriseDetail, EnterpriseFilters, EnterpriseInput, EnterprisePage, HazardCategory, HistoryItem,
  ImportJob, InventoryLineInput, Licence, LicenceInput, Unit, UnitInput,
} from './enterprises.types';

const e = (id: string) => `/api/enterprises/${encodeURIComponent(id)}`;
const enc = encodeURIComponent;

export const enterprisesApi = {
  list: (f: EnterpriseFilters, signal?: AbortSignal) => api.get<EnterprisePage>('/api/enterprises', f, signal),
  get: (id: string) => api.get<EnterpriseDetail>(e(id)),
  create: (body: EnterpriseInput) => api.post<EnterpriseDetail>('/api/enterprises', body),
  update: (id: string, body: EnterpriseInput & { version: number }) => api.put<EnterpriseDetail>(e(id), body),
  history: (id: string) => api.get<{ items: HistoryItem[] }>(`${e(id)}/history`),

  addLicence: (id: string, body: LicenceInput) => api.post<Licence>(`${e(id)}/licences`, body),
  updateLicence: (licenceId: string, body: LicenceInput) => api.put<Licence>(`/api/enterprise-licences/${enc(licenceId)}`, body),
  deleteLicence: (licenceId: string) => api.del<void>(`/api/enterprise-licences/${enc(licenceId)}`),

  addUnit: (id: string, body: UnitInput) => api.post<Unit>(`${e(id)}/units`, body),
  updateUnit: (unitId: string, body: UnitInput) => api.put<Unit>(`/api/enterprise-units/${enc(unitId)}`, body),
  deleteUnit: (unitId: string) => api.del<void>(`/api/enterprise-units/${enc(unitId)}`),
  saveInventory: (unitId: string, lines: InventoryLineInput[]) => api.put<Unit>(`/api/enterprise-units/${enc(unitId)}/inventory`, { lines }),

  declarations: (id: string) => api.get<{ items: Declaration[] }>(`${e(id)}/declarations`),
  startDeclaration: (id: string, year: number, copyForward: boolean) => api.post<Declaration>(`${e(id)}/declarations`, { year, copyForward }),
  submitDeclaration: (declarationId: string) => api.post<Declaration>(`/api/enterprise-declarations/${enc(declarationId)}/submit`),
  reviewDeclaration: (declarationId: string, decision: 'approve' | 'return', comment?: string) =>
    api.post<Declaration>(`/api/enterprise-declarations/${enc(declarationId)}/review`, { decision, comment: comment || null }),
  declarationQueue: (status = 'submitted') => api.get<{ items: Declaration[] }>('/api/enterprise-declarations', { status }),
  /** One declaration with the record as submitted and the last approved one (added to the contract by the server). */
  declaration: (declarationId: string) => api.get<Declaration & { snapshot: EnterpriseDetail | null; previousSnapshot: EnterpriseDetail | null }>(`/api/enterprise-declarations/${enc(declarationId)}`),

  importJob: (jobId: string) => api.get<ImportJob>(`/api/enterprises/import/${enc(jobId)}`),
  upload: (file: File, onProgress: (p: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadWithProgress<{ jobId: string }>('/api/enterprises/import', form, onProgress);
  },

  searchChemicals: (q: string, signal?: AbortSignal) =>
    api.get<{ items: ChemicalHit[]; casProblem: null | 'check_digit' }>('/api/chemicals/search', { q, limit: 12 }, signal),
  categories: () => api.get<{ items: HazardCategory[] } | HazardCategory[]>('/api/chemicals/categories')
    .then((r) => (Array.isArray(r) ? r : r.items)),
};

/** Downloads: plain links, so the browser sends the session cookie and saves the file the server names. */
export const enterpriseUrls = {
  template: '/api/enterprises/import-template.xlsx',
  export: (f: EnterpriseFilters) => {
    const { page: _p, pageSize: _s, ...filters } = f;
    return withQuery('/api/enterprises/export.xlsx', filters);
  },
  trace: (unitId: string) => `/major-hazards/${enc(unitId)}`,
};

// The server's own limit for this route (api enterprise-import.routes.ts IMPORT_MAX_BYTES).
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
