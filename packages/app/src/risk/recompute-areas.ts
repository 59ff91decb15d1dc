// Slot (H2 fills it): recomputes the area risk of the given territories / grid cells (and the territory above a grid
// cell) inside the caller's transaction, from what lies inside them. Called after every risk point write.
import type { Db } from '@hazgov/db/database';
import type { AppContext } from '../shared/context.js';

export async function recomputeAreasOf(_trx: Db, _ctx: AppContext, _organisationIds: readonly string[]): Promise<void> {}
