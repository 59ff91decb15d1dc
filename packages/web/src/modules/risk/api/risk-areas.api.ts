// The API of the grading rules, area risk and the risk dashboard (docs/api-contract.md § "Settings and area risk").
import { api } from '../../shared/api/client';
import type { AreaRiskList, AreaRiskQuery, RiskDashboard, RiskSettingsAnswer, RiskSettingsInput } from './risk-areas.types';

export const riskAreasApi = {
  settings: () => api.get<RiskSettingsAnswer>('/api/risk/settings'),
  saveSettings: (body: RiskSettingsInput) => api.put<RiskSettingsAnswer>('/api/risk/settings', body),
  areas: (q: AreaRiskQuery, signal?: AbortSignal) => api.get<AreaRiskList>('/api/risk/areas', q, signal),
  recompute: () => api.post<{ count: number }>('/api/risk/areas/recompute'),
  dashboard: (territoryId: string | undefined, signal?: AbortSignal) => api.get<RiskDashboard>('/api/risk/dashboard', { territoryId }, signal),
};

export const riskAreaUrls = {
  point: (id: string) => `/risk/points/${encodeURIComponent(id)}`,
  areasOnMap: '/map?layers=areas',
};
