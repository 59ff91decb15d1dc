// Slot (H1 fills it): warns the owner and the territory of every risk point whose review is late, once per due date.
import type { AppContext } from '../shared/context.js';

export async function runRiskReviewCheck(_ctx: AppContext, _asOf: string): Promise<{ warned: number }> {
  return { warned: 0 };
}
