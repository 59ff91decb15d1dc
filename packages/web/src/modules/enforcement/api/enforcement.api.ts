// The enforcement endpoints the case pages use.
import { api } from '../../shared/api/client';
import type { Case, CaseActionInput, CaseFilters, CaseInput, CasePage } from './enforcement.types';

const enc = encodeURIComponent;
const c = (id: string) => `/api/enforcement/${enc(id)}`;

export const enforcementApi = {
  list: (f: CaseFilters, signal?: AbortSignal) =>
    api.get<CasePage>('/api/enforcement', { kind: f.kind, status: f.status, enterpriseId: f.enterpriseId, published: f.published ? 1 : undefined, page: f.page, pageSize: f.pageSize }, signal),
  get: (id: string) => api.get<Case>(c(id)),
  create: (input: CaseInput) => api.post<Case>('/api/enforcement', input),
  act: (id: string, input: CaseActionInput) => api.post<Case>(`${c(id)}/actions`, input),
  publish: (id: string) => api.post<Case>(`${c(id)}/publish`, {}),
};

export const caseUrls = {
  list: '/enforcement',
  one: (id: string) => `/enforcement/${enc(id)}`,
  /** The case list with the new-case drawer open, for this enterprise and finding (from a finding's page). */
  createFrom: (enterpriseId: string, findingId?: string) =>
    `/enforcement?new=1&enterpriseId=${enc(enterpriseId)}${findingId ? `&findingId=${enc(findingId)}` : ''}`,
};
