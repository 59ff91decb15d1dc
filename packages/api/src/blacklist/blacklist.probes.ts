// Isolation probes of the blacklist: how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry } from '../shared/isolation-probes.js';

export const blacklistProbes: Record<string, Entry> = {};
