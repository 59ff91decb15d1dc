import type { OrgKind, Role } from '@hazgov/domain/orgs/roles';
import { api } from '../../shared/api/client';

export type Org = { id: string; parentId: string | null; kind: OrgKind; code: string | null; name: string; nameEn: string | null; path: string; sort: number };
export type User = {
  id: string; username: string; displayName: string; role: Role;
  organisation: { id: string; name: string; kind: string }; active: boolean; locked: boolean; locale: string; createdAt: string;
};
export type NewUser = { username: string; displayName: string; role: Role; organisationId: string; password: string; locale?: 'zh-CN' | 'en' };
export type AuditEntry = {
  seq: number; at: string; actorId: string | null; actorName: string; action: string; entity: string; entityId: string;
  before: unknown; after: unknown; hash: string;
};
export type AuditVerify = { ok: boolean; checked: number; firstBroken?: { seq: number; reason: string } };

export const orgsApi = {
  list: () => api.get<{ items: Org[] }>('/api/orgs'),
  users: () => api.get<{ items: User[] }>('/api/users'),
  createUser: (u: NewUser) => api.post<User>('/api/users', u),
  audit: (q: { entity?: string; entityId?: string; limit?: number }) => api.get<{ items: AuditEntry[] }>('/api/audit', q),
  verifyAudit: () => api.get<AuditVerify>('/api/audit/verify'),
};
