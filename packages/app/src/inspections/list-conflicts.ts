// The conflicts of interest on enterprises in the actor's scope (filter by enterprise or inspector).
import { listConflictsInScope } from '@hazgov/db/inspections/inspector-conflicts.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { conflictView, type ConflictView } from './inspector-conflicts.js';
import { mayReadPlans } from './plan-access.js';

export async function listConflicts(ctx: AppContext, opts: { actor: Actor; enterpriseId?: string | undefined; inspectorId?: string | undefined }): Promise<ConflictView[]> {
  if (!mayReadPlans(opts.actor)) throw forbidden();
  return (await listConflictsInScope(ctx.database.db, enterpriseScopeOf(opts.actor), opts)).map(conflictView);
}
