// The inspection contexts' daily work, run by the scheduler after the risk context's: the starter checklists (once),
// escalation of overdue hazard findings with the daily digest, overdue rectification orders, and blacklist entries whose
// listing period has ended. Each step is idempotent and fails on its own without stopping the others.
import type { AppContext } from '../shared/context.js';
import { runBlacklistExpiry } from '../blacklist/run-blacklist-expiry.js';
import { runOrderDeadlineCheck } from '../enforcement/run-order-deadline-check.js';
import { runFindingEscalation } from '../hidden-dangers/run-finding-escalation.js';
import { ensureStarterChecklists } from './ensure-starter-checklists.js';

export async function runInspectionsDaily(ctx: AppContext, asOf: string, onError: (step: string, err: unknown) => void): Promise<void> {
  await ensureStarterChecklists(ctx).catch((e: unknown) => onError('starter checklists', e));
  await runFindingEscalation(ctx, asOf).catch((e: unknown) => onError('finding escalation', e));
  await runOrderDeadlineCheck(ctx, asOf).catch((e: unknown) => onError('rectification order deadlines', e));
  await runBlacklistExpiry(ctx, asOf).catch((e: unknown) => onError('blacklist expiry', e));
}
