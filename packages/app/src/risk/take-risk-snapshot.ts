// Slot (H2 fills it): one risk_snapshots row per territory for the day (idempotent: a second run replaces it).
import type { AppContext } from '../shared/context.js';

export async function takeRiskSnapshot(_ctx: AppContext, _asOf: string): Promise<{ territories: number }> {
  return { territories: 0 };
}
