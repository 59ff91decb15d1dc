// A plan's header: dates, phases, task groups, what every unit must send and by when, the reporting quarters
// and the events conditional milestones wait on.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { findOrganisation, type OrganisationRow } from '@hazgov/db/plans/plan-organisations.repository';
import type { AppContext } from '../shared/context.js';
import type { PlanSnapshot } from './plan-snapshot.js';
import { openPlanView } from './plan-view-context.js';

export type PlanDetail = { snapshot: PlanSnapshot; organisation: OrganisationRow | undefined; groups: { no: number; title: string }[] };

export async function getPlan(ctx: AppContext, opts: { actor: Actor; scope: Scope; planId: string }): Promise<PlanDetail> {
  const { db, snapshot } = await openPlanView(ctx, opts);
  const groups = new Map<number, string>();
  for (const t of snapshot.tasks) if (!groups.has(t.group_no)) groups.set(t.group_no, t.group_title);
  return {
    snapshot,
    organisation: await findOrganisation(db, snapshot.plan.organisation_id),
    groups: [...groups].map(([no, title]) => ({ no, title })).sort((a, b) => a.no - b.no),
  };
}
