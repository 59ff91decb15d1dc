// The signed-in user as the rest of the system sees it: the Actor for scoping and the facts "me" shows.
import type { Role } from '@hazgov/domain/orgs/roles';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { UserWithOrganisation } from '@hazgov/db/users/users.repository';

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string; nameEn: string | null; kind: string; path: string };
  locale: string;
};

export function sessionUserOf(row: UserWithOrganisation): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    organisation: { id: row.organisation_id, name: row.organisation_name, nameEn: row.organisation_name_en, kind: row.organisation_kind, path: row.organisation_path },
    locale: row.locale,
  };
}

export function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisation.id,
    organisationPath: user.organisation.path,
  };
}
