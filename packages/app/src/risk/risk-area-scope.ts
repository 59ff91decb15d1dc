// Narrowing a risk read to one territory (?territoryId=): the territory's path when it lies in the caller's scope, the
// caller's own scope when that already lies inside the territory (a grid user asking for its town), else 404 — the
// caller never learns whether a territory outside its jurisdiction has anything in it.
import type { Db } from '@hazgov/db/database';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { inScope, type Scope } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';

export async function narrowToTerritory(db: Db, scope: Scope, territoryId: string | undefined): Promise<Scope> {
  if (!territoryId) return scope;
  const t = await findOrganisationById(db, territoryId);
  if (!t || (t.kind !== 'territory' && t.kind !== 'grid')) throw notFound('territory');
  if (inScope(scope, t.path)) return { paths: [t.path], all: false };
  if (!scope.all && scope.paths.length > 0 && scope.paths.every((p) => p.startsWith(t.path))) return scope;
  throw notFound('territory');
}
