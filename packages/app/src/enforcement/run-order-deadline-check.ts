// Scheduler step: rectification orders past their deadline and not complied with become `overdue` (audited, notified once).
import type { AppContext } from '../shared/context.js';

export async function runOrderDeadlineCheck(ctx: AppContext, asOf: string): Promise<{ overdue: number }> {
  void ctx; void asOf;
  return { overdue: 0 }; // H4
}
