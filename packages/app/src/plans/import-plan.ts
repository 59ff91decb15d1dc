// Imports a plan from structured data (data/plans/conghua-2017.json, or a confirmed file import) in one
// transaction: plan, phases, submission kinds, tasks, units, milestones, events. Names the directory does not
// know are kept with no organisation and listed for an admin; groups (区各有关单位) stay groups until an admin
// resolves them. A plan with parentPlanId cascades from that plan (a town's plan under the district's).
import crypto from 'node:crypto';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { normaliseUnits } from '@hazgov/domain/plans/unit-normaliser';
import type { Db } from '@hazgov/db/database';
import { findPlan, findPlanByCode, insertPlanStructure } from '@hazgov/db/plans/plans.repository';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import type { PlanData } from './plan-data.js';
import { buildPlanStructure, type BuildPlanResult } from './plan-structure.js';
import { loadUnitDirectory } from './unit-directory.js';

export type ImportPlanOptions = {
  actor: Actor | AuditActor;
  data: PlanData;
  /** issuing unit; default: the district (root) for a district admin, the actor's own unit otherwise */
  organisationId?: string | undefined;
  /** the unit that receives reports; default: read from data.office, else the issuing unit */
  officeOrganisationId?: string | undefined;
  parentPlanId?: string | null | undefined;
  mappings?: Readonly<Record<string, string>> | undefined;
  source?: string | undefined;
};

export type ImportPlanResult = {
  planId: string; tasks: number; items: number; unknownUnits: string[]; unresolvedGroups: string[];
  milestones: Record<string, number>; events: number; deadlineProblems: BuildPlanResult['deadlineProblems'];
};

export async function importPlan(ctx: AppContext, opts: ImportPlanOptions): Promise<ImportPlanResult> {
  return inTransaction(ctx, (trx) => importPlanIn(trx, ctx.now().toISOString(), opts));
}

/** The same, inside a caller's transaction (confirmPlanImport, the demo seed). */
export async function importPlanIn(trx: Db, now: string, opts: ImportPlanOptions): Promise<ImportPlanResult> {
  const actor = opts.actor;
  const isAdmin = 'role' in actor ? actor.role === 'district_admin' : true;
  if ('role' in actor && actor.role !== 'district_admin' && actor.role !== 'territory') throw new AppError('FORBIDDEN', 'forbidden');
  if (opts.data.items.length === 0) throw new AppError('PLAN_IMPORT_EMPTY', 'input');
  if (opts.data.code && (await findPlanByCode(trx, opts.data.code))) throw new AppError('PLAN_CODE_EXISTS', 'conflict', { code: opts.data.code });
  const parentPlanId = opts.parentPlanId ?? null;
  if (parentPlanId && !(await findPlan(trx, parentPlanId))) throw new AppError('PLAN_PARENT_NOT_FOUND', 'not_found', { planId: parentPlanId });

  const directory = await loadUnitDirectory(trx);
  const orgs = [...directory.organisations.values()];
  const organisationId = opts.organisationId
    ?? (isAdmin ? orgs.find((o) => o.parent_id === null)?.id : 'organisationId' in actor ? actor.organisationId : undefined);
  const organisation = organisationId ? directory.organisations.get(organisationId) : undefined;
  if (!organisation) throw new AppError('ORGANISATION_UNKNOWN', 'input', { id: organisationId ?? '' });
  if ('role' in actor && !isAdmin && !organisation.path.startsWith(actor.organisationPath)) throw new AppError('FORBIDDEN', 'forbidden');

  let officeId = opts.officeOrganisationId ?? null;
  if (!officeId && opts.data.office?.text) {
    const officeText = opts.data.office.text.replace(/[（(].*?[）)]/gu, '');
    officeId = normaliseUnits(officeText, directory.directory).units.find((u) => u.kind === 'unit')?.key ?? null;
  }
  const planId = crypto.randomUUID();
  const built = buildPlanStructure({
    planId, data: opts.data, organisationId: organisation.id, organisationPath: organisation.path, officeOrganisationId: officeId ?? organisation.id,
    parentPlanId, source: opts.source ?? null, directory, mappings: opts.mappings ?? {}, newId: () => crypto.randomUUID(), now,
  });
  await insertPlanStructure(trx, built.structure);
  const result: ImportPlanResult = {
    planId,
    tasks: new Set(opts.data.items.map((i) => i.taskNo)).size,
    items: opts.data.items.length,
    unknownUnits: built.unknownUnits,
    unresolvedGroups: built.unresolvedGroups,
    milestones: built.milestoneCounts,
    events: built.structure.events.length,
    deadlineProblems: built.deadlineProblems,
  };
  await recordAudit(trx, {
    actor, action: 'plan.import', entity: 'plan', entityId: planId, at: now,
    after: { plan: built.structure.plan, ...result, taskUnits: built.structure.taskUnits.length },
  });
  return result;
}
