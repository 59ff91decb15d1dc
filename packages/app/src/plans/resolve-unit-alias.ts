// The district office decides what a name means: an unknown spelling becomes an alias of one organisation (and
// every plan task unit waiting on that name is mapped), or a group (区各有关单位) is resolved to its member units
// (each waiting placeholder becomes one row per member, for every plan).
import crypto from 'node:crypto';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { normaliseUnitName } from '@hazgov/domain/plans/unit-normaliser';
import { bumpStructureRev, expandGroupTaskUnits, mapTaskUnitsOfAlias } from '@hazgov/db/plans/plans.repository';
import { findOrganisationsByIds } from '@hazgov/db/plans/plan-organisations.repository';
import { findAlias, setAliasMembers, upsertAlias } from '@hazgov/db/plans/unit-aliases.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireDistrictAdmin } from './plan-access.js';

export type ResolveUnitAliasOptions = { actor: Actor; alias: string; organisationId?: string | undefined; organisationIds?: readonly string[] | undefined };
export type ResolveUnitAliasResult = { alias: string; group: string | null; organisationIds: string[]; taskUnitsUpdated: number };

export async function resolveUnitAlias(ctx: AppContext, opts: ResolveUnitAliasOptions): Promise<ResolveUnitAliasResult> {
  requireDistrictAdmin(opts.actor);
  const alias = opts.alias.trim();
  if (!alias) throw invalid('UNIT_ALIAS_REQUIRED', [{ field: 'alias', code: 'UNIT_ALIAS_REQUIRED' }]);
  const ids = [...new Set(opts.organisationIds ?? (opts.organisationId ? [opts.organisationId] : []))];
  if (ids.length === 0) throw invalid('UNIT_ALIAS_TARGET_REQUIRED', [{ field: 'organisationId', code: 'UNIT_ALIAS_TARGET_REQUIRED' }]);
  return inTransaction(ctx, async (trx) => {
    const orgs = await findOrganisationsByIds(trx, ids);
    const missing = ids.find((id) => !orgs.some((o) => o.id === id));
    if (missing) throw new AppError('ORGANISATION_UNKNOWN', 'input', { id: missing });
    const at = ctx.now().toISOString();
    const existing = (await findAlias(trx, alias)) ?? (await findAlias(trx, normaliseUnitName(alias)));
    let result: ResolveUnitAliasResult;
    if (existing?.group_name) {
      const group = existing.group_name;
      await setAliasMembers(trx, group, ids);
      const updated = await expandGroupTaskUnits(trx, group, ids, () => crypto.randomUUID());
      result = { alias: existing.alias, group, organisationIds: ids, taskUnitsUpdated: updated };
    } else {
      if (ids.length > 1) throw invalid('UNIT_ALIAS_ONE_TARGET', [{ field: 'organisationIds', code: 'UNIT_ALIAS_ONE_TARGET' }]);
      const organisationId = ids[0] as string;
      await upsertAlias(trx, { alias, organisation_id: organisationId, group_name: null, source: 'admin' });
      const updated = await mapTaskUnitsOfAlias(trx, alias, organisationId);
      result = { alias, group: null, organisationIds: ids, taskUnitsUpdated: updated };
    }
    await bumpStructureRev(trx);
    await recordAudit(trx, { actor: opts.actor, action: 'unit_alias.resolve', entity: 'unit_alias', entityId: alias, before: existing ?? undefined, after: result, at });
    return result;
  });
}
