// Checks of a case's fields, each problem naming its field: money is an exact decimal string in yuan (at most two
// decimals, more than zero), dates are China dates, penalty kinds come from the closed list.
import { isIsoDate } from '../plans/china-date.js';
import { penaltyKinds, type PenaltyKind } from '@hazgov/domain/enforcement/types';
import type { ErrorDetail } from '@hazgov/domain/shared/app-error';

export const AMOUNT_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;
const TEXT_MAX = 4000;

export function checkAmount(details: ErrorDetail[], amount: string | null | undefined, field = 'amount'): string | null {
  if (amount === undefined || amount === null || amount === '') return null;
  if (!AMOUNT_PATTERN.test(amount) || Number(amount) <= 0) {
    details.push({ field, code: 'CASE_AMOUNT_INVALID', params: { value: amount } });
    return null;
  }
  return amount;
}

export function checkPenaltyKinds(details: ErrorDetail[], kinds: readonly string[] | null | undefined): PenaltyKind[] {
  const out: PenaltyKind[] = [];
  (kinds ?? []).forEach((k, i) => {
    if (!(penaltyKinds as readonly string[]).includes(k)) details.push({ field: `penaltyKinds[${i}]`, code: 'CASE_PENALTY_KIND_UNKNOWN', params: { value: k } });
    else if (!out.includes(k as PenaltyKind)) out.push(k as PenaltyKind);
  });
  return out;
}

export function checkText(details: ErrorDetail[], value: string | null | undefined, field: string, code: string): string {
  const v = (value ?? '').trim();
  if (!v) details.push({ field, code });
  else if (v.length > TEXT_MAX) details.push({ field, code: 'CASE_TEXT_TOO_LONG', params: { max: TEXT_MAX } });
  return v;
}

export function checkDate(details: ErrorDetail[], value: string, field: string): boolean {
  if (!isIsoDate(value)) { details.push({ field, code: 'CASE_DATE_INVALID', params: { value } }); return false; }
  return true;
}
