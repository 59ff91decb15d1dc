// `hazgov backup --out FILE [--format sqlite|jsonl] [--force]`
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '@hazgov/domain/shared/app-error';
import { backupDatabase } from '../backup/backup-database.js';
import { usage } from '../cli-error.js';
import { openContext, overridesFrom } from '../open-context.js';

export async function backupCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, force: { type: 'boolean' } }, strict: true });
  if (!values.out) throw usage('backup --out FILE [--format sqlite|jsonl]');
  const format = values.format;
  if (format !== undefined && format !== 'sqlite' && format !== 'jsonl') throw usage('--format sqlite|jsonl');
  if (fs.existsSync(values.out)) {
    if (!values.force) throw new AppError('BACKUP_TARGET_EXISTS', 'conflict', { file: values.out });
    fs.rmSync(values.out);
  }
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    if (format === 'sqlite' && ctx.database.kind !== 'sqlite') throw usage('--format sqlite needs a SQLite database');
    const r = await backupDatabase(ctx.database, values.out, ctx.now(), format);
    process.stdout.write(`backup written: ${r.file} (${r.format}, ${r.bytes} bytes${r.rows === null ? '' : `, ${r.rows} rows`})\n`);
    return 0;
  } finally {
    await close();
  }
}
