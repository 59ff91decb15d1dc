// The demo's inspections, hidden dangers, enforcement cases and blacklist (issue 5). H8.
import type { AppContext } from '../shared/context.js';

export type SeedInspectionsResult = { alreadySeeded: boolean; counts: Record<string, number> };

export async function seedDemoInspections(ctx: AppContext): Promise<SeedInspectionsResult> {
  void ctx;
  return { alreadySeeded: false, counts: {} };
}
