// `hazgov plan export-tasks --out FILE.xlsx [--plan PLAN_ID]`: the task list in the office's spreadsheet form.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '@hazgov/app/shared/context';
import { usage } from '../cli-error.js';
import { openContext, overridesFrom } from '../open-context.js';
import { importOptional } from '../optional-module.js';

type ExportModule = { exportTaskList: (ctx: AppContext, opts: { planId?: string }) => Promise<Buffer> };

export async function planExportTasksCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, out: { type: 'string' }, plan: { type: 'string' } }, strict: true });
  if (!values.out) throw usage('plan export-tasks --out FILE.xlsx [--plan PLAN_ID]');
  const mod = await importOptional<ExportModule>('@hazgov/app/plans/export-task-list');
  if (!mod) throw new AppError('FEATURE_UNAVAILABLE', 'internal', { feature: 'plans/export-task-list' });
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    const buffer = await mod.exportTaskList(ctx, values.plan ? { planId: values.plan } : {});
    fs.writeFileSync(values.out, buffer);
    process.stdout.write(`written ${values.out} (${buffer.length} bytes)\n`);
    return 0;
  } finally {
    await close();
  }
}
