// The risk-point endpoints (and the two PDFs) the risk pages use.
import { api, apiRequest, withQuery } from '../../shared/api/client';
import type {
  Assessment, AssessmentResult, RiskComment, RiskConfirmation, RiskFilters, RiskHistoryItem, RiskLevel, RiskPoint, RiskPointInput,
  RiskPointPage, RiskSettings, RiskStatus,
} from './risk.types';

const enc = encodeURIComponent;
const p = (id: string) => `/api/risk/points/${enc(id)}`;

/** The list query as the API reads it: levels comma-joined, flags as 1. */
export function listQuery(f: RiskFilters): Record<string, string | number | undefined> {
  return {
    q: f.q, enterpriseId: f.enterpriseId, territoryId: f.territoryId, level: f.level?.length ? f.level.join(',') : undefined,
    status: f.status, kind: f.kind, method: f.method, reviewLate: f.reviewLate ? 1 : undefined, publicOnly: f.publicOnly ? 1 : undefined,
    page: f.page, pageSize: f.pageSize,
  };
}

export const riskApi = {
  list: (f: RiskFilters, signal?: AbortSignal) => api.get<RiskPointPage>('/api/risk/points', listQuery(f), signal),
  get: (id: string) => api.get<RiskPoint>(p(id)),
  create: (input: RiskPointInput) => api.post<RiskPoint>('/api/risk/points', input),
  update: (id: string, input: RiskPointInput & { version: number }) => api.put<RiskPoint>(p(id), input),
  remove: (id: string) => api.del<void>(p(id)),
  override: (id: string, level: RiskLevel, reason: string) => api.post<RiskPoint>(`${p(id)}/override`, { level, reason }),
  clearOverride: (id: string, reason: string) => apiDeleteWithBody<RiskPoint>(`${p(id)}/override`, { reason }),
  review: (id: string, r: { reviewedOn: string; status: RiskStatus; note?: string | null }) => api.post<RiskPoint>(`${p(id)}/review`, r),
  comments: (id: string) => api.get<{ items: RiskComment[] }>(`${p(id)}/comments`),
  addComment: (id: string, body: string) => api.post<RiskComment>(`${p(id)}/comments`, { body }),
  confirmations: (id: string) => api.get<{ items: RiskConfirmation[] }>(`${p(id)}/confirmations`),
  addConfirmation: (id: string, c: { post: string; personName: string; confirmedOn: string; note?: string | null }) =>
    api.post<RiskConfirmation>(`${p(id)}/confirmations`, c),
  history: (id: string) => api.get<{ items: RiskHistoryItem[] }>(`${p(id)}/history`),
  assess: (a: Assessment) => api.post<AssessmentResult>('/api/risk/assess', a),
  settings: () => api.get<RiskSettings>('/api/risk/settings'),
};

/** DELETE with a JSON body (the override's reason): the shared client's del() sends none. */
function apiDeleteWithBody<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>('DELETE', path, { body });
}

export const riskUrls = {
  point: (id: string) => `/risk/points/${enc(id)}`,
  enterprise: (id: string) => `/enterprises/${enc(id)}?tab=risk`,
  card: (id: string, post?: string) => withQuery(`${p(id)}/card.pdf`, { post }),
  noticeBoard: (enterpriseId: string) => `/api/risk/enterprises/${enc(enterpriseId)}/notice-board.pdf`,
};
