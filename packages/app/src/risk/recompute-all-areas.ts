// Slot (H2 fills it): recomputes every territory's and grid cell's area risk in one transaction.
import type { AppContext } from '../shared/context.js';

export async function recomputeAllAreas(_ctx: AppContext): Promise<{ count: number }> {
  return { count: 0 };
}
