// Request and response shapes of the auth routes (docs/api-contract.md § Auth).
import { z } from 'zod';
import { roles } from '@hazgov/domain/orgs/roles';

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  organisation: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable(), kind: z.string() }),
  locale: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });

export const loginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const noContent = z.null().describe('No content');
