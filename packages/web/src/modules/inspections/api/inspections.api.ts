// The inspections API client: checklists, plans and 双随机 draws, conflicts of interest, and the field record.
import { api, apiRequest } from '../../shared/api/client';
import type {
  Conflict, Draw, DrawVerification, Inspection, InspectionList, InspectionQuery, Inspector, NewInspection, Plan, PlanInput,
  SyncOp, SyncOutcome, Template, TemplateInput, TemplateSummary, Attachment,
} from './inspections.types';

const base = '/api/inspections';

export const inspectionUrls = {
  list: '/inspections',
  one: (id: string) => `/inspections/${id}`,
  plans: '/inspections/plans',
  plan: (id: string) => `/inspections/plans/${id}`,
  templates: '/inspections/templates',
};

export const inspectionsApi = {
  list: (q: InspectionQuery, signal?: AbortSignal) => api.get<InspectionList>(base, q, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Inspection>(`${base}/${id}`, undefined, signal),
  create: (body: NewInspection) => api.post<Inspection>(base, body),
  sync: (ops: SyncOp[]) => api.post<{ results: SyncOutcome[] }>(`${base}/sync`, { ops }),
  uploadPhoto: (inspectionId: string, file: Blob, fileName: string, itemId: string | null, takenAt: string | null) => {
    const form = new FormData();
    if (itemId) form.append('itemId', itemId);
    if (takenAt) form.append('takenAt', takenAt);
    form.append('file', file, fileName); // the file last: multipart parsers read the fields before the stream
    return apiRequest<Attachment>('POST', `${base}/${inspectionId}/photos`, { body: form });
  },

  templates: (enterpriseType?: string, signal?: AbortSignal) => api.get<{ items: TemplateSummary[] }>(`${base}/templates`, { enterpriseType }, signal),
  template: (id: string, signal?: AbortSignal) => api.get<Template>(`${base}/templates/${id}`, undefined, signal),
  createTemplate: (body: TemplateInput) => api.post<Template>(`${base}/templates`, body),
  updateTemplate: (id: string, body: TemplateInput) => api.put<Template>(`${base}/templates/${id}`, body),

  plans: (year?: number, signal?: AbortSignal) => api.get<{ items: Plan[] }>(`${base}/plans`, { year }, signal),
  createPlan: (body: PlanInput) => api.post<Plan>(`${base}/plans`, body),
  updatePlan: (id: string, body: PlanInput) => api.put<Plan>(`${base}/plans/${id}`, body),
  publishPlan: (id: string) => api.post<Plan>(`${base}/plans/${id}/publish`),
  draw: (planId: string, seed?: string) => api.post<Draw>(`${base}/plans/${planId}/draw`, seed ? { seed } : {}),
  getDraw: (id: string, signal?: AbortSignal) => api.get<Draw>(`${base}/draws/${id}`, undefined, signal),
  verifyDraw: (id: string) => api.get<DrawVerification>(`${base}/draws/${id}/verify`),
  publishDraw: (id: string) => api.post<Draw>(`${base}/draws/${id}/publish`),

  conflicts: (signal?: AbortSignal) => api.get<{ items: Conflict[] }>(`${base}/conflicts`, undefined, signal),
  addConflict: (body: { inspectorId: string; enterpriseId: string; reason: string }) => api.post<Conflict>(`${base}/conflicts`, body),
  removeConflict: (id: string) => api.del<void>(`${base}/conflicts/${id}`),
  inspectors: (signal?: AbortSignal) => api.get<{ items: Inspector[] }>(`${base}/inspectors`, undefined, signal),
};
