// Command-line failures: domain errors print their localised message (zh-CN unless HAZGOV_LOCALE=en) and the
// process exits non-zero. Usage mistakes are AppErrors too, so they read the same way.
import { AppError } from '@hazgov/domain/shared/app-error';
import { describeError } from '@hazgov/api/shared/error-mapping';
import type { Locale } from '@hazgov/api/shared/request';

export const cliLocale = (): Locale => (process.env.HAZGOV_LOCALE === 'en' ? 'en' : 'zh-CN');

export const usage = (problem: string): AppError => new AppError('CLI_USAGE', 'input', { problem });

export function printError(err: unknown): void {
  const known = err instanceof AppError || (typeof err === 'object' && err !== null && 'validation' in err);
  process.stderr.write(`${describeError(err, cliLocale())}\n`);
  if (!known && process.env.HAZGOV_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  else if (!known) process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
}
