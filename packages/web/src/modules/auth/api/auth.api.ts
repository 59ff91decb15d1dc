import type { Role } from '@hazgov/domain/orgs/roles';
import { api, apiRequest } from '../../shared/api/client';

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string; nameEn: string | null; kind: string };
  locale: string;
};
export type Session = { user: Me; csrfToken: string };

export const authApi = {
  login: (username: string, password: string) => api.post<Session>('/api/auth/login', { username, password }),
  logout: () => api.post<void>('/api/auth/logout'),
  me: () => apiRequest<Session>('GET', '/api/auth/me', { quiet401: true }),
  changePassword: (currentPassword: string, newPassword: string) => api.post<void>('/api/auth/password', { currentPassword, newPassword }),
};
