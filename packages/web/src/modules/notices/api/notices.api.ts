import { api } from '../../shared/api/client';
import { pickArray, pickNumber, pickString, type Loose } from '../../shared/utils/pick';

export type NoticeTarget = { unitId: string; unitName: string; acknowledgedAt: string | null; acknowledgedBy: string | null };
export type Notice = {
  id: string; planId: string | null; planTitle: string | null; title: string; body: string; issuedAt: string | null;
  issuedBy: string | null; fromName: string | null; targetCount: number; acknowledgedCount: number; targets: NoticeTarget[];
};

function toNotice(o: Loose): Notice {
  const targets = pickArray(o, 'targets').map((t) => ({
    unitId: pickString(t, 'unitId', 'organisationId', 'organisation_id') ?? '',
    unitName: pickString(t, 'unitName', 'unit_name', 'name') ?? '',
    acknowledgedAt: pickString(t, 'acknowledgedAt', 'acknowledged_at'),
    acknowledgedBy: pickString(t, 'acknowledgedBy', 'acknowledged_by'),
  }));
  return {
    id: pickString(o, 'id') ?? '',
    planId: pickString(o, 'planId', 'plan_id'),
    planTitle: pickString(o, 'planTitle', 'plan_title'),
    title: pickString(o, 'title') ?? '',
    body: pickString(o, 'body') ?? '',
    issuedAt: pickString(o, 'issuedAt', 'issued_at', 'createdAt'),
    issuedBy: pickString(o, 'issuedBy', 'issued_by', 'issuedByName'),
    fromName: pickString(o, 'fromOrganisationName', 'fromName', 'from_organisation_name'),
    targetCount: pickNumber(o, 'targetCount', 'target_count') ?? targets.length,
    acknowledgedCount: pickNumber(o, 'acknowledgedCount', 'acknowledged_count') ?? targets.filter((t) => t.acknowledgedAt).length,
    targets,
  };
}

export const noticesApi = {
  list: async (planId?: string): Promise<Notice[]> => {
    const r = await api.get<{ items?: Loose[] }>('/api/notices', { planId });
    return (r.items ?? []).map(toNotice);
  },
  create: (body: { planId: string; title: string; body: string; targetUnitIds: string[] }) => api.post<unknown>('/api/notices', body),
  acknowledge: (id: string) => api.post<unknown>(`/api/notices/${encodeURIComponent(id)}/acknowledge`),
};
