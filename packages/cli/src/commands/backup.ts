// `hazgov backup --out FILE [--force]`
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '@hazgov/domain/shared/app-error';
import { backupDatabase } from '../backup/backup-database.js';
import { usage } from '../cli-error.js';
import { openContext, overridesFrom } from '../open-context.js';

export async function backupCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, strict: true });
  if (!values.out) throw usage('backup --out FILE');
  if (fs.existsSync(values.out)) {
    if (!values.force) throw new AppError('BACKUP_TARGET_EXISTS', 'conflict', { file: values.out });
    fs.rmSync(values.out);
  }
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    const r = await backupDatabase(ctx.database, values.out, ctx.now());
    process.stdout.write(`backup written: ${r.file} (${r.format}, ${r.bytes} bytes${r.rows === null ? '' : `, ${r.rows} rows`})\n`);
    return 0;
  } finally {
    await close();
  }
}
