// `hazgov audit verify`: exit 0 when the SM3 chain is intact, 1 naming the first broken entry otherwise.
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '@hazgov/app/audit/audit-chain';
import { translate } from '@hazgov/api/shared/messages';
import { cliLocale } from '../cli-error.js';
import { openContext, overridesFrom } from '../open-context.js';

export async function auditVerifyCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, strict: true });
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    const result = await verifyAuditChain(ctx.database.db);
    if (result.ok) {
      process.stdout.write(`audit chain intact: ${result.checked} entries\n`);
      return 0;
    }
    process.stderr.write(`${translate('AUDIT_CHAIN_BROKEN', cliLocale(), { seq: result.firstBroken.seq, reason: result.firstBroken.reason })}\n`);
    process.stderr.write(`audit chain broken at seq ${result.firstBroken.seq}: ${result.firstBroken.reason} (${result.checked} entries verified before it)\n`);
    return 1;
  } finally {
    await close();
  }
}
