// Password rules (等保 2.0 level 2 practice): length, two character classes, not the username.
export type PasswordProblem = 'too_short' | 'needs_letter_and_digit' | 'contains_username';
export const MIN_PASSWORD_LENGTH = 10;

export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('needs_letter_and_digit');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  return problems;
}
