// Users an actor may see: a district admin all of them, anyone else the accounts of their own organisation subtree.
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { listUsersInScope, type UserWithOrganisation } from '@hazgov/db/users/users.repository';
import type { AppContext } from '../shared/context.js';

export type ListUsersOptions = { actor: Actor; organisationId?: string | undefined };

export async function listUsers(ctx: AppContext, opts: ListUsersOptions): Promise<UserWithOrganisation[]> {
  return listUsersInScope(ctx.database.db, { scope: scopeOf(opts.actor), organisationId: opts.organisationId });
}
