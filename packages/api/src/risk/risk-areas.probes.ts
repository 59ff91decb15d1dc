// Isolation probes of risk settings, area risk and dashboard (H2): how a 良口镇 user could attack 温泉镇's records
// through each route. Town A has an area_risk row and a snapshot, and its risk point riskPointA is red: none of it
// may show in B's areas, dashboard counts, trend or attention list.
import { defaultAreaRule, defaultSupervisionFrequency } from '@hazgov/domain/risk/area-rule';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import type { Entry } from '../shared/isolation-probes.js';

export const riskAreasProbes: Record<string, Entry> = {
  'GET /api/risk/settings': [{ expect: 'clean', note: 'the district rules: no records' }],
  'PUT /api/risk/settings': [
    { body: () => ({ bands: defaultBands, areaRule: defaultAreaRule, supervisionFrequency: defaultSupervisionFrequency }), expect: 'refused', note: 'district admin only; would re-grade A’s points' },
  ],
  'GET /api/risk/areas': [
    { expect: 'clean', note: "A's area_risk row must not be listed" },
    { query: () => ({ kind: 'territory', level: 'red' }), expect: 'clean', note: "A's town is red" },
    { query: (i) => ({ territoryId: i.townA }), expect: 'refused', note: "A's town as a filter: 404" },
    { query: (i) => ({ territoryId: i.gridA }), expect: 'refused', note: "A's grid cell as a filter: 404" },
  ],
  'POST /api/risk/areas/recompute': [{ expect: 'refused', note: 'district admin only; would rewrite A’s area row' }],
  'GET /api/risk/dashboard': [
    { expect: 'clean', note: "A's red point must not be counted, listed in attention, or A's snapshot in the trend" },
    { query: (i) => ({ territoryId: i.townA }), expect: 'refused', note: "A's town as a filter: 404" },
  ],
};
