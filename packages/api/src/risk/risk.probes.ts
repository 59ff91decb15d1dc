// Isolation probes of risk points (H1): how a 良口镇 user could attack 温泉镇's records through each route — by
// filter, by id in the URL, and by naming A's enterprise, unit or territory in a body.
import type { Entry, Ids } from '../shared/isolation-probes.js';

const point = (i: Ids) => ({ id: i.riskPointA });
const publicPoint = (i: Ids) => ({ id: i.publicPointA });
const input = (extra: Record<string, unknown>) => ({
  kind: 'filling_station', name: '探针加油站', posts: ['加油员'], hazardFactors: ['汽油泄漏'], accidentTypes: ['火灾'],
  assessment: { method: 'lec', inputs: { l: 3, e: 6, c: 15 } }, controlLevel: 'company', responsibleDepartment: '安全部', responsiblePerson: '探针',
  measures: { engineering: ['探针措施'], management: [], training: [], ppe: [], emergency: [] }, status: 'controlled', reviewIntervalDays: 90, ...extra,
});

export const riskProbes: Record<string, Entry> = {
  'GET /api/risk/points': [
    { expect: 'clean' },
    { query: (i) => ({ territoryId: i.townA }), expect: 'clean', note: "A's territory as a filter" },
    { query: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'clean', note: "A's enterprise as a filter" },
    { query: () => ({ q: 'iso7f3c', level: 'red,orange', reviewLate: '1' }), expect: 'clean', note: "A's points carry the token, are red and late" },
    { query: () => ({ publicOnly: '1', kind: 'filling_station' }), expect: 'clean', note: "A's public place" },
  ],
  'POST /api/risk/points': [
    { body: (i) => input({ kind: 'unit', enterpriseId: i.enterpriseA, unitId: i.unitA }), expect: 'refused', note: "a point on A's unit" },
    { body: (i) => input({ territoryId: i.townA }), expect: 'refused', note: "a public place in A's territory" },
    { body: (i) => input({ territoryId: i.townA, gridId: i.gridA }), expect: 'refused', note: "a public place in A's grid cell" },
  ],
  'GET /api/risk/points/:id': [{ params: point, expect: 'refused' }, { params: publicPoint, expect: 'refused' }],
  'PUT /api/risk/points/:id': [
    { params: point, body: (i) => ({ ...input({ kind: 'unit', enterpriseId: i.enterpriseA, unitId: i.unitA }), version: 1 }), expect: 'refused' },
    { params: publicPoint, body: (i) => ({ ...input({ territoryId: i.townB }), version: 1 }), expect: 'refused', note: "moving A's public place to B" },
  ],
  'DELETE /api/risk/points/:id': [{ params: point, expect: 'refused' }, { params: publicPoint, expect: 'refused' }],
  'POST /api/risk/points/:id/override': [{ params: point, body: () => ({ level: 'blue', reason: '探针调整理由' }), expect: 'refused' }],
  'DELETE /api/risk/points/:id/override': [{ params: point, body: () => ({ reason: '探针清除理由' }), expect: 'refused' }],
  'POST /api/risk/points/:id/review': [{ params: publicPoint, body: () => ({ reviewedOn: '2026-03-01', status: 'controlled' }), expect: 'refused' }],
  'GET /api/risk/points/:id/comments': [{ params: point, expect: 'refused' }],
  'POST /api/risk/points/:id/comments': [{ params: point, body: () => ({ body: '探针意见' }), expect: 'refused' }],
  'GET /api/risk/points/:id/confirmations': [{ params: point, expect: 'refused' }],
  'POST /api/risk/points/:id/confirmations': [
    { params: point, body: () => ({ post: '岗位-iso7f3c', personName: '探针', confirmedOn: '2026-03-01' }), expect: 'refused' },
  ],
  'GET /api/risk/points/:id/history': [{ params: point, expect: 'refused' }, { params: publicPoint, expect: 'refused' }],
  'POST /api/risk/assess': [{ body: () => ({ method: 'ls', inputs: { l: 4, s: 5 } }), expect: 'clean', note: 'stateless: writes nothing' }],
};
