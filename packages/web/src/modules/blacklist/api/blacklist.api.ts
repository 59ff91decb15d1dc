// The blacklist endpoints the blacklist pages use. Settings live with the inspection settings (one district document).
import { api } from '../../shared/api/client';
import type { BlacklistEntry, BlacklistSettings, EntryActionBody, EntryStatus, NewEntry, NoticeWithEntry, PartyKind } from './blacklist.types';

const enc = encodeURIComponent;

export type EntryFilters = { status?: EntryStatus; partyKind?: PartyKind; q?: string };

export const blacklistApi = {
  list: (f: EntryFilters, signal?: AbortSignal) => api.get<{ items: BlacklistEntry[] }>('/api/blacklist', f, signal),
  get: (id: string) => api.get<BlacklistEntry>(`/api/blacklist/${enc(id)}`),
  propose: (input: NewEntry) => api.post<BlacklistEntry>('/api/blacklist', input),
  act: (id: string, body: EntryActionBody) => api.post<BlacklistEntry>(`/api/blacklist/${enc(id)}/actions`, body),
  notices: (acknowledged?: 0 | 1, signal?: AbortSignal) =>
    api.get<{ items: NoticeWithEntry[] }>('/api/blacklist/notices', { acknowledged }, signal),
  acknowledge: (noticeId: string, response: string) => api.post<unknown>(`/api/blacklist/notices/${enc(noticeId)}/acknowledge`, { response }),
  listed: (signal?: AbortSignal) => api.get<{ enterpriseIds: string[] }>('/api/blacklist/listed', undefined, signal),
  settings: () => api.get<BlacklistSettings>('/api/inspections/settings'),
  saveSettings: (s: Partial<BlacklistSettings>) => api.put<BlacklistSettings>('/api/inspections/settings', s),
};

export const blacklistUrls = {
  list: '/blacklist',
  entry: (id: string) => `/blacklist/${enc(id)}`,
  notices: '/blacklist/notices',
  settings: '/blacklist/settings',
};
