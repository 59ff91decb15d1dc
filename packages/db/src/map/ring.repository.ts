// Where a ring is drawn from: a unit's position (else its enterprise's), or an enterprise's — both scoped, so a
// centre outside the caller's jurisdiction is simply not found.
import type { Scope } from '@hazgov/domain/orgs/scope';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';

export type Centre = { lng: number | null; lat: number | null };

export async function unitCentre(db: Db, unitId: string, scope: Scope): Promise<Centre | undefined> {
  const r = await db.selectFrom('enterprise_units as u').innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .select(['u.lng as ulng', 'u.lat as ulat', 'e.lng as elng', 'e.lat as elat'])
    .where('u.id', '=', unitId).where((eb) => scoped(eb, 'u.path', scope)).executeTakeFirst();
  if (!r) return undefined;
  return r.ulng !== null && r.ulat !== null ? { lng: r.ulng, lat: r.ulat } : { lng: r.elng, lat: r.elat };
}

export async function enterpriseCentre(db: Db, enterpriseId: string, scope: Scope): Promise<Centre | undefined> {
  return db.selectFrom('enterprises').select(['lng', 'lat']).where('id', '=', enterpriseId).where((eb) => scoped(eb, 'enterprises.path', scope)).executeTakeFirst();
}
