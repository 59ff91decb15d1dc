// Isolation probes of inspections in the field: how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry } from '../shared/isolation-probes.js';

export const inspectionsProbes: Record<string, Entry> = {};
