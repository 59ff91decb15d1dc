// Slot (H8 fills it): the demo's risk points, area polygons, sensitive targets, pipelines, chemical park, area risk
// and a year of snapshots. Idempotent: nothing is written when demo risk points exist.
import type { AppContext } from '../shared/context.js';
import { seedDistrictBoundary } from '../map/seed-district-boundary.js';

export async function seedDemoRisk(ctx: AppContext): Promise<{ alreadySeeded: boolean; counts: Record<string, number> }> {
  await seedDistrictBoundary(ctx);
  return { alreadySeeded: false, counts: {} };
}
