// The organisation tree as an actor may read it. Government users see the whole government structure (who is
// responsible for what is not secret, and a task board names every unit); companies and assessment agencies are
// records, so they appear only inside the reader's jurisdiction. Enterprises and agencies see only their own
// organisation subtree.
import { isGovernmentRole } from '@hazgov/domain/orgs/roles';
import { scopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { listOrganisationsInScope, type OrganisationRow } from '@hazgov/db/orgs/organisations.repository';
import type { AppContext } from '../shared/context.js';

export const PUBLIC_ORGANISATION_KINDS = ['district', 'committee', 'office', 'department', 'territory', 'grid'] as const;

export async function listOrganisations(ctx: AppContext, opts: { actor: Actor }): Promise<OrganisationRow[]> {
  const publicKinds = isGovernmentRole(opts.actor.role) ? PUBLIC_ORGANISATION_KINDS : [];
  return listOrganisationsInScope(ctx.database.db, { scope: scopeOf(opts.actor), publicKinds });
}
