// Jurisdiction as data: an actor sees the records whose organisation path starts with one of its scope paths.
// Repositories take a Scope and apply it in one helper (db/src/shared/scope.ts); nothing else decides visibility.
import type { Role } from './roles.js';

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationPath: string;
};

export type Scope = { readonly paths: readonly string[]; readonly all: boolean };

export const SYSTEM_SCOPE: Scope = { paths: ['/'], all: true };

export function scopeOf(actor: Actor): Scope {
  if (actor.role === 'district_admin') return { paths: ['/'], all: true };
  return { paths: [actor.organisationPath], all: false };
}

export function inScope(scope: Scope, path: string): boolean {
  return scope.all || scope.paths.some((p) => path.startsWith(p));
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

/** The district an organisation path belongs to: its first segment ('/440117/…' → '/440117/'). */
export function districtPathOf(path: string): string {
  const first = path.split('/').filter(Boolean)[0];
  return first ? `/${first}/` : '/';
}

// Enterprise records (enterprises, licences, units, inventories, major hazards) sit under territories, while the
// regulating departments and inspectors sit beside them under the district: DESIGN §2 gives a department "the
// enterprises and records of its industry duties" and inspectors inspect anywhere in the district, so both read
// every enterprise of their district. Territories and grid cells see what lies inside them, an enterprise only
// itself, an agency none yet (engagements come with the inspections issue).
export function enterpriseScopeOf(actor: Actor): Scope {
  switch (actor.role) {
    case 'district_admin':
      return { paths: ['/'], all: true };
    case 'department':
    case 'inspector':
      return { paths: [districtPathOf(actor.organisationPath)], all: false };
    case 'territory':
    case 'enterprise':
      return { paths: [actor.organisationPath], all: false };
    case 'agency':
      return { paths: [], all: false };
  }
}
