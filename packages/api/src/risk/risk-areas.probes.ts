// Isolation probes of risk settings, area risk and dashboard (H2): how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry } from '../shared/isolation-probes.js';

export const riskAreasProbes: Record<string, Entry> = {};
