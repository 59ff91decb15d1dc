// Registers an enterprise: its organisation row (kind 'enterprise', under its grid cell or territory) and its
// enterprise row with the same path, in one audited transaction. The credit code is unique (409 when taken).
import crypto from 'node:crypto';
import { findEnterpriseIdByUscc, insertEnterprise, isUniqueViolation } from '@hazgov/db/enterprises/enterprises.repository';
import { insertOrganisation } from '@hazgov/db/orgs/organisations.repository';
import { readEnterpriseInput, type EnterpriseInput } from '@hazgov/domain/enterprises/enterprise-input';
import { childPath, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { isRegulator } from './enterprise-access.js';
import { auditEnterprise } from './enterprise-audit.js';
import { enterpriseColumns, inputError } from './enterprise-columns.js';
import { resolvePlace } from './enterprise-place.js';
import { assertInsideDistrict } from '../map/inside-district.js';

export const usccTaken = (uscc: string): AppError =>
  new AppError('ENTERPRISE_USCC_TAKEN', 'conflict', { uscc }, [{ field: 'uscc', code: 'ENTERPRISE_USCC_TAKEN', params: { uscc } }]);

export async function createEnterprise(ctx: AppContext, opts: { actor: Actor; input: EnterpriseInput }): Promise<string> {
  if (!isRegulator(opts.actor)) throw forbidden();
  const { value: fields, problems } = readEnterpriseInput(opts.input);
  if (!fields) throw inputError(problems);
  if (fields.location) await assertInsideDistrict(ctx.database.db, fields.location, 'location');
  return inTransaction(ctx, async (trx) => {
    const place = await resolvePlace(trx, opts.actor, fields.territoryId, fields.gridId);
    if (await findEnterpriseIdByUscc(trx, fields.uscc)) throw usccTaken(fields.uscc);
    const at = ctx.now().toISOString();
    const organisationId = `ent-${crypto.randomUUID()}`;
    const path = childPath(place.parent.path, organisationId);
    await insertOrganisation(trx, {
      id: organisationId, parent_id: place.parent.id, kind: 'enterprise', code: fields.uscc, name: fields.name, name_en: null, path, sort: 0, created_at: at,
    });
    const row = {
      ...enterpriseColumns(fields), id: crypto.randomUUID(), organisation_id: organisationId, path, territory_id: place.territory.id,
      grid_id: place.grid?.id ?? null, declaration_status: 'none', is_demo: 0, version: 1, created_at: at, updated_at: at,
    };
    await insertEnterprise(trx, row).catch((err: unknown) => { throw isUniqueViolation(err) ? usccTaken(fields.uscc) : err; });
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: row.id, entity: 'enterprise', action: 'enterprise.created', after: row });
    return row.id;
  });
}
