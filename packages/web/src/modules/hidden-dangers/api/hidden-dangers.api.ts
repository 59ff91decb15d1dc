// The hidden-danger endpoints the pages use, and the inspection settings they share with the checklists.
import { api, apiRequest } from '../../shared/api/client';
import type {
  ActionInput, Attachment, Finding, FindingFilters, FindingInput, FindingPage, FindingStats, InspectionSettingsView,
} from './hidden-dangers.types';

const enc = encodeURIComponent;
const f = (id: string) => `/api/hidden-dangers/${enc(id)}`;

/** The list query as the API reads it: flags as 1, listed supervision as `supervision=listed`. */
export function listQuery(q: FindingFilters & { page?: number; pageSize?: number }): Record<string, string | number | undefined> {
  return {
    status: q.status, severity: q.severity, territoryId: q.territoryId, enterpriseId: q.enterpriseId, overdue: q.overdue ? 1 : undefined,
    supervision: q.listed ? 'listed' : undefined, category: q.category, q: q.q, sort: q.sort, page: q.page, pageSize: q.pageSize,
  };
}

export const hiddenDangersApi = {
  list: (q: FindingFilters & { page?: number; pageSize?: number }, signal?: AbortSignal) => api.get<FindingPage>('/api/hidden-dangers', listQuery(q), signal),
  get: (id: string) => api.get<Finding>(f(id)),
  create: (input: FindingInput) => api.post<Finding>('/api/hidden-dangers', input),
  act: (id: string, input: ActionInput) => api.post<Finding>(`${f(id)}/actions`, input),
  uploadEvidence: (id: string, file: File, kind: 'rectification' | 'verification') => {
    const form = new FormData();
    form.set('kind', kind); // fields before the file: the server reads the multipart stream in order
    form.set('file', file, file.name);
    return apiRequest<Attachment>('POST', `${f(id)}/evidence`, { body: form });
  },
  supervise: (id: string, listed: boolean, no?: string) => api.post<Finding>(`${f(id)}/supervision`, { listed, ...(no ? { no } : {}) }),
  stats: (q: { territoryId?: string; from?: string; to?: string }, signal?: AbortSignal) => api.get<FindingStats>('/api/hidden-dangers/stats', q, signal),
  settings: () => api.get<InspectionSettingsView>('/api/inspections/settings'),
  saveSettings: (patch: Partial<InspectionSettingsView>) => api.put<InspectionSettingsView>('/api/inspections/settings', patch),
};

export const findingUrls = {
  list: '/hidden-dangers',
  one: (id: string) => `/hidden-dangers/${enc(id)}`,
  stats: '/hidden-dangers/stats',
  settings: '/hidden-dangers/settings',
};
