// The major-hazards API: register list and stats, one unit's identification, its register row, the monitoring
// requirements by grade and the calculator (which saves nothing).
import { api } from '../../shared/api/client';
import type {
  Identification, InventoryLineInput, MajorHazardDetail, MajorHazardList, MajorHazardQuery, MajorHazardStats,
  MonitoringAnswer, MonitoringRequirements, Register, RegisterInput,
} from './major-hazards.types';

const unitPath = (unitId: string) => `/api/major-hazards/${encodeURIComponent(unitId)}`;

export const majorHazardsApi = {
  list: (q: MajorHazardQuery, signal?: AbortSignal) => api.get<MajorHazardList>('/api/major-hazards', q, signal),
  stats: () => api.get<MajorHazardStats>('/api/major-hazards/stats'),
  detail: (unitId: string) => api.get<MajorHazardDetail>(unitPath(unitId)),
  saveRegister: (unitId: string, body: RegisterInput) => api.put<Register>(`${unitPath(unitId)}/register`, body),
  monitoring: () => api.get<MonitoringAnswer>('/api/major-hazards/monitoring-requirements'),
  saveMonitoring: (body: MonitoringRequirements) => api.put<MonitoringAnswer>('/api/major-hazards/monitoring-requirements', body),
  identify: (lines: InventoryLineInput[], population500m: number | null) =>
    api.post<Identification>('/api/major-hazards/identify', { lines, population500m }),
};

export const majorHazardUrls = {
  report: (unitId: string) => `${unitPath(unitId)}/report.pdf`,
  enterprise: (enterpriseId: string) => `/enterprises/${encodeURIComponent(enterpriseId)}`,
  unit: (unitId: string) => `/major-hazards/${encodeURIComponent(unitId)}`,
};
