import { z } from 'zod';
import { orgKinds } from '@hazgov/domain/orgs/roles';

export const orgSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(orgKinds),
  code: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  path: z.string(),
  sort: z.number(),
});
export type Org = z.infer<typeof orgSchema>;

export const orgListResponse = z.object({ items: z.array(orgSchema) });
