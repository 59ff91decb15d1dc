// The inspectors of my district (users with role inspector), for the draw's pool, assignments and conflicts.
import { listInspectorsUnder } from '@hazgov/db/inspections/draw-pool.repository';
import { districtPathOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { mayReadPlans } from './plan-access.js';

export type InspectorView = { id: string; name: string; organisation: { id: string; name: string } };

export async function listInspectors(ctx: AppContext, opts: { actor: Actor }): Promise<InspectorView[]> {
  if (!mayReadPlans(opts.actor)) throw forbidden();
  const rows = await listInspectorsUnder(ctx.database.db, districtPathOf(opts.actor.organisationPath));
  return rows.map((r) => ({ id: r.id, name: r.display_name, organisation: { id: r.organisation_id, name: r.organisation_name } }));
}
