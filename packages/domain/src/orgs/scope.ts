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
