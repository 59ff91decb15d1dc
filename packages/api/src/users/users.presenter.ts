// A user account as the admin screen shows it: never the password hash, never the sign-in counters' raw values.
import type { Role } from '@hazgov/domain/orgs/roles';
import type { UserWithOrganisation } from '@hazgov/db/users/users.repository';
import type { User } from './users.schemas.js';

export function presentUser(row: UserWithOrganisation, nowIso: string): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    active: row.active === 1,
    locked: row.locked_until !== null && row.locked_until > nowIso,
    locale: row.locale,
    createdAt: row.created_at,
  };
}
