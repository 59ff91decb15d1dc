// Editing a unit's register row: filing status and number, and the three responsible persons (主要负责人 / 技术负责人 /
// 操作负责人) with their phones. Audited with before and after; a unit that has no row yet gets one.
import { findRegister, upsertRegister, type RegisterRow } from '@hazgov/db/major-hazards/register.repository';
import { isIsoDate } from '@hazgov/domain/shared/iso-date';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireMayEditRegister, requireUnitInScope } from './major-hazard-access.js';

export const filingStatuses = ['not_filed', 'filed', 'refile_needed'] as const;
export type FilingStatus = (typeof filingStatuses)[number];

export type RegisterInput = {
  filingStatus: FilingStatus; filingNumber?: string | null; filedOn?: string | null;
  principalName?: string | null; principalPhone?: string | null; technicalName?: string | null; technicalPhone?: string | null;
  operationsName?: string | null; operationsPhone?: string | null;
};

const PHONE = /^[0-9+\-() ]{5,20}$/;
const textOf = (v: string | null | undefined): string | null => (v == null || v.trim() === '' ? null : v.trim());

function checkRegister(input: RegisterInput): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const filedOn = textOf(input.filedOn);
  if (filedOn !== null && !isIsoDate(filedOn)) details.push({ field: 'filedOn', code: 'REGISTER_DATE_INVALID', params: { value: filedOn } });
  if (input.filingStatus === 'filed' && textOf(input.filingNumber) === null) details.push({ field: 'filingNumber', code: 'REGISTER_FILING_NUMBER_REQUIRED' });
  for (const field of ['principalPhone', 'technicalPhone', 'operationsPhone'] as const) {
    const phone = textOf(input[field]);
    if (phone !== null && !PHONE.test(phone)) details.push({ field, code: 'REGISTER_PHONE_INVALID', params: { value: phone } });
  }
  return details;
}

export async function updateRegister(ctx: AppContext, opts: { actor: Actor; unitId: string; input: RegisterInput }): Promise<RegisterRow> {
  return inTransaction(ctx, async (trx) => {
    const unit = await requireUnitInScope(trx, opts.actor, opts.unitId);
    requireMayEditRegister(opts.actor, unit);
    const details = checkRegister(opts.input);
    if (details.length > 0) throw invalid('REGISTER_INVALID', details);
    const at = ctx.now().toISOString();
    const before = (await findRegister(trx, unit.id)) ?? null;
    const i = opts.input;
    const after: RegisterRow = {
      unit_id: unit.id, enterprise_id: unit.enterprise_id, path: unit.path, filing_status: i.filingStatus,
      filing_number: textOf(i.filingNumber), filed_on: textOf(i.filedOn),
      principal_name: textOf(i.principalName), principal_phone: textOf(i.principalPhone),
      technical_name: textOf(i.technicalName), technical_phone: textOf(i.technicalPhone),
      operations_name: textOf(i.operationsName), operations_phone: textOf(i.operationsPhone),
      updated_at: at,
    };
    await upsertRegister(trx, after);
    await recordAudit(trx, { actor: opts.actor, action: 'major_hazard_register.updated', entity: 'major_hazard_register', entityId: unit.id, before, after, at });
    return after;
  });
}
