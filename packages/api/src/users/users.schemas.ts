import { z } from 'zod';
import { roles } from '@hazgov/domain/orgs/roles';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  active: z.boolean(),
  locked: z.boolean(),
  locale: z.string(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuery = z.object({ organisationId: z.string().min(1).max(100).optional() });
export const userListResponse = z.object({ items: z.array(userSchema) });

export const createUserBody = z.object({
  username: z.string().min(1).max(64),
  displayName: z.string().min(1).max(100),
  role: z.enum(roles),
  organisationId: z.string().min(1).max(100),
  password: z.string().min(1).max(256),
  locale: z.enum(['zh-CN', 'en']).optional(),
});
