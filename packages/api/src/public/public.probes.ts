// Isolation probes of the public portal (no login: B's session changes nothing): how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry } from '../shared/isolation-probes.js';

export const publicProbes: Record<string, Entry> = {};
