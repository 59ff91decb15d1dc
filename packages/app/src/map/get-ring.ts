// GET /api/map/ring: the sensitive targets within a radius of a unit (its position, else its enterprise's), an
// enterprise or a point — the 500 m ring drawn around a major hazard. Candidates come from the bbox of the circle,
// then the great-circle distance (haversine) keeps those inside; nearest first. Scoped like every map read.
import { enterpriseCentre, unitCentre, type Centre } from '@hazgov/db/map/ring.repository';
import { sensitiveTargetsIn } from '@hazgov/db/map/map-features.repository';
import { distanceMetres } from '@hazgov/domain/map/geometry';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';

export type RingQuery = { unitId?: string | undefined; enterpriseId?: string | undefined; lng?: number | undefined; lat?: number | undefined; radius: number };
export type RingTarget = { id: string; name: string; category: string | null; population: number | null; distance: number };
export type Ring = { centre: [number, number]; radius: number; targets: RingTarget[]; population: number };

/** Metres per degree of latitude on the mean Earth radius (6,371,008.8 m · π / 180). */
const M_PER_DEG = 111_195;

export async function getRing(ctx: AppContext, opts: { actor: Actor; query: RingQuery }): Promise<Ring> {
  const db = ctx.database.db;
  const scope = enterpriseScopeOf(opts.actor);
  const q = opts.query;
  if (q.radius < 50 || q.radius > 5000 || !Number.isFinite(q.radius)) {
    throw new AppError('MAP_RING_RADIUS', 'input', { min: 50, max: 5000 }, [{ field: 'radius', code: 'MAP_RING_RADIUS', params: { min: 50, max: 5000 } }]);
  }
  let centre: Centre | undefined;
  if (q.unitId) {
    centre = await unitCentre(db, q.unitId, scope);
    if (!centre) throw notFound('enterprise_unit');
  } else if (q.enterpriseId) {
    centre = await enterpriseCentre(db, q.enterpriseId, scope);
    if (!centre) throw notFound('enterprise');
  } else if (q.lng !== undefined && q.lat !== undefined) centre = { lng: q.lng, lat: q.lat };
  else throw new AppError('MAP_RING_CENTRE_REQUIRED', 'input', {}, [{ field: 'unitId', code: 'MAP_RING_CENTRE_REQUIRED' }]);
  if (centre.lng === null || centre.lat === null) {
    throw new AppError('MAP_RING_NO_POSITION', 'input', {}, [{ field: q.unitId ? 'unitId' : 'enterpriseId', code: 'MAP_RING_NO_POSITION' }]);
  }
  const c: [number, number] = [centre.lng, centre.lat];
  const dLat = (q.radius / M_PER_DEG) * 1.01; // a 1 % margin: the exact test is the distance below
  const dLng = dLat / Math.max(0.01, Math.cos((c[1] * Math.PI) / 180));
  const candidates = await sensitiveTargetsIn(db, { minLng: c[0] - dLng, maxLng: c[0] + dLng, minLat: c[1] - dLat, maxLat: c[1] + dLat }, scope);
  const targets = candidates
    .map((t) => ({ id: t.id, name: t.name, category: t.category, population: t.population === null ? null : Number(t.population), distance: distanceMetres(c, [t.lng, t.lat]) }))
    .filter((t) => t.distance <= q.radius)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'zh-CN'))
    .map((t) => ({ ...t, distance: Math.round(t.distance * 10) / 10 }));
  return { centre: c, radius: q.radius, targets, population: targets.reduce((n, t) => n + (t.population ?? 0), 0) };
}
