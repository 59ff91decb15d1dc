// Isolation probes of the public portal (no login: B's session changes nothing): how a 良口镇 user could attack 温泉镇's records through each route.
// A's case is an unpublished penalty and A's entry only proposed: neither may reach the portal.
import type { Entry } from '../shared/isolation-probes.js';

export const publicProbes: Record<string, Entry> = {
  'GET /public/blacklist.json': [{ expect: 'clean' }],
  'GET /public/blacklist.rss': [{ expect: 'clean' }],
  'GET /public/penalties.json': [{ expect: 'clean' }],
  'GET /public/penalties.rss': [{ expect: 'clean' }],
  'GET /public/risk-notices.json': [{ expect: 'clean', note: "area names and levels only: A's area row carries the token in its factors, never shown" }],
  // A's seeded draw (inspection-plans.iso-seed.ts) is PUBLISHED, and a published 双随机 draw is public by design
  // (随机抽查结果公开: plan title, date, seed, the enterprises drawn), so the token in its title must appear here; what the
  // portal may show of a draw is checked in public.api.db.test.ts, and ids of A's rows are never in it.
  'GET /public/draws.json': { skip: "publishes every organisation's published draws by design (A's seeded draw is published)" },
};
