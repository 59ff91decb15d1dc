// Scheduler job `blacklist-expiry`: entries whose listing period ended (listed_until < today) become `expired` (audited).
import type { AppContext } from '../shared/context.js';

export async function runBlacklistExpiry(ctx: AppContext, asOf: string): Promise<{ expired: number }> {
  void ctx; void asOf;
  return { expired: 0 }; // H4
}
