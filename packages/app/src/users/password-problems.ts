// Password-policy problems as field-level error details, so the form shows each rule next to the field.
import { MIN_PASSWORD_LENGTH, type PasswordProblem } from '@hazgov/domain/orgs/password-policy';
import type { ErrorDetail } from '@hazgov/domain/shared/app-error';

const codes: Record<PasswordProblem, string> = {
  too_short: 'PASSWORD_TOO_SHORT',
  needs_letter_and_digit: 'PASSWORD_NEEDS_LETTER_AND_DIGIT',
  contains_username: 'PASSWORD_CONTAINS_USERNAME',
};

export function passwordProblemDetails(problems: readonly PasswordProblem[], field: string): ErrorDetail[] {
  return problems.map((p) => ({ field, code: codes[p], params: { min: MIN_PASSWORD_LENGTH } }));
}
