// Saves an enterprise's basic record with an optimistic lock: the client sends the version it read, and a save
// over someone else's newer save is refused (409) rather than silently overwriting it. A regulator may move the
// enterprise to another territory or grid cell (every row of it follows); the enterprise itself may not.
import { findEnterpriseIdByUscc, isUniqueViolation, moveEnterprise, renameEnterpriseOrganisation, updateEnterpriseAtVersion } from '@hazgov/db/enterprises/enterprises.repository';
import { readEnterpriseInput, type EnterpriseInput } from '@hazgov/domain/enterprises/enterprise-input';
import { childPath, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { isRegulator, requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { enterpriseColumns, inputError } from './enterprise-columns.js';
import { resolvePlace } from './enterprise-place.js';
import { usccTaken } from './create-enterprise.js';
import { followEnterpriseMoves } from '../risk/follow-enterprise-move.js';
import { assertInsideDistrict } from '../map/inside-district.js';

export async function updateEnterprise(ctx: AppContext, opts: { actor: Actor; enterpriseId: string; version: number; input: EnterpriseInput }): Promise<void> {
  const { value: fields, problems } = readEnterpriseInput(opts.input);
  await inTransaction(ctx, async (trx) => {
    const before = await requireEditableEnterprise(trx, opts.actor, opts.enterpriseId);
    if (!fields) throw inputError(problems);
    if (fields.location) await assertInsideDistrict(trx, fields.location, 'location');
    const moved = fields.territoryId !== before.territory_id || fields.gridId !== before.grid_id;
    if (moved && !isRegulator(opts.actor)) throw new AppError('ENTERPRISE_PLACE_CHANGE_FORBIDDEN', 'forbidden');
    if (fields.uscc !== before.uscc) {
      const other = await findEnterpriseIdByUscc(trx, fields.uscc);
      if (other && other !== before.id) throw usccTaken(fields.uscc);
    }
    const place = moved ? await resolvePlace(trx, opts.actor, fields.territoryId, fields.gridId) : null;
    const at = ctx.now().toISOString();
    const columns = enterpriseColumns(fields);
    const saved = await updateEnterpriseAtVersion(trx, before.id, opts.version, { ...columns, updated_at: at })
      .catch((err: unknown) => { throw isUniqueViolation(err) ? usccTaken(fields.uscc) : err; });
    if (!saved) {
      throw new AppError('ENTERPRISE_VERSION_CONFLICT', 'conflict', { version: opts.version });
    }
    const path = place ? childPath(place.parent.path, before.organisation_id) : before.path;
    if (place) {
      await moveEnterprise(trx, { enterpriseId: before.id, organisationId: before.organisation_id, parentId: place.parent.id, path });
      await followEnterpriseMoves(trx, ctx, [{
        enterpriseId: before.id, path, from: { territoryId: before.territory_id, gridId: before.grid_id },
        to: { territoryId: place.territory.id, gridId: place.grid?.id ?? null },
      }]);
    }
    if (fields.name !== before.name || fields.uscc !== before.uscc) await renameEnterpriseOrganisation(trx, before.organisation_id, fields.name, fields.uscc);
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: before.id, entity: 'enterprise', action: moved ? 'enterprise.moved' : 'enterprise.updated',
      before, after: { ...before, ...columns, path, version: opts.version + 1, updated_at: at },
    });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, before);
  });
}
