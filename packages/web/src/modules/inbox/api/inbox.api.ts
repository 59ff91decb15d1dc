import { api } from '../../shared/api/client';
import { pickNumber, pickString, type Loose } from '../../shared/utils/pick';

export type Notification = { id: string; kind: string; title: string; body: string; link: string | null; createdAt: string | null; readAt: string | null };
export type Inbox = { items: Notification[]; unread: number };

function toNotification(o: Loose): Notification {
  return {
    id: pickString(o, 'id') ?? '',
    kind: pickString(o, 'kind') ?? '',
    title: pickString(o, 'title') ?? '',
    body: pickString(o, 'body') ?? '',
    link: pickString(o, 'link'),
    createdAt: pickString(o, 'createdAt', 'created_at'),
    readAt: pickString(o, 'readAt', 'read_at'),
  };
}

export const inboxApi = {
  list: async (unreadOnly = false): Promise<Inbox> => {
    const r = await api.get<Loose & { items?: Loose[] }>('/api/notifications', unreadOnly ? { unread: 1 } : undefined);
    const items = (r.items ?? []).map(toNotification);
    return { items, unread: pickNumber(r, 'unread', 'unreadCount') ?? items.filter((n) => !n.readAt).length };
  },
  read: (id: string) => api.post<unknown>(`/api/notifications/${encodeURIComponent(id)}/read`),
};
