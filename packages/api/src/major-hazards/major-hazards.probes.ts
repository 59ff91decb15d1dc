// Isolation probes for the major-hazards routes: how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry, Ids } from '../shared/isolation-probes.js';

const unit = (i: Ids) => ({ unitId: i.unitA });
const register = { filingStatus: 'filed', filingNumber: 'probe-1', principalName: '探针', principalPhone: '13800000000' };
const requirements = { items: [1, 2, 3, 4].map((grade) => ({ grade, requirements: [{ zh: '探针', en: 'probe' }] })) };

export const majorHazardsProbes: Record<string, Entry> = {
  'GET /api/major-hazards': [
    { expect: 'clean' },
    { query: (i) => ({ territoryId: i.townA }), expect: 'clean', note: "A's territory as a filter" },
    { query: () => ({ q: 'iso7f3c' }), expect: 'clean', note: "A's unit and enterprise names carry the token" },
    { query: () => ({ grade: '4', filingStatus: 'filed' }), expect: 'clean', note: "A's unit is a filed grade-4 major hazard" },
  ],
  'GET /api/major-hazards/stats': [{ expect: 'clean', note: "A's territory must not appear in byTerritory" }],
  'GET /api/major-hazards/monitoring-requirements': [{ expect: 'clean' }],
  'PUT /api/major-hazards/monitoring-requirements': [{ body: () => requirements, expect: 'refused', note: 'district admin only' }],
  'POST /api/major-hazards/identify': [
    { body: () => ({ lines: [{ chemicalName: '甲醇', quantity: '1000', quantityUnit: 't', hazardSymbols: ['W5.1'] }], population500m: 120 }), expect: 'clean', note: 'stateless: writes nothing' },
  ],
  'GET /api/major-hazards/:unitId': [{ params: unit, expect: 'refused' }],
  'PUT /api/major-hazards/:unitId/register': [{ params: unit, body: () => register, expect: 'refused' }],
  'GET /api/major-hazards/:unitId/report.pdf': [{ params: unit, expect: 'refused' }],
};
