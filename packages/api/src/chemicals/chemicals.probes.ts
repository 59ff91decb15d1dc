// Isolation probes for the chemicals routes: how a 良口镇 user could attack 温泉镇's records through each route.
// The catalog and the restriction list are district-wide reference data; what could leak is A's inventory, so the
// restriction list's affected-line counts must not reach into A, and edits are the district admin's only.
import type { Entry } from '../shared/isolation-probes.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const restriction = { chemicalName: '甲醇', level: 'controlled', note: 'probe' };

export const chemicalsProbes: Record<string, Entry> = {
  'GET /api/chemicals/search': [{ query: () => ({ q: '甲醇' }), expect: 'clean' }, { query: () => ({ q: 'iso7f3c' }), expect: 'clean' }, { query: () => ({ q: '67-56-1' }), expect: 'clean' }],
  'GET /api/chemicals/table1/:serial': [{ params: () => ({ serial: '65' }), expect: 'clean' }],
  'GET /api/chemicals/categories': [{ expect: 'clean' }],
  'GET /api/chemicals/lists': [{ expect: 'clean' }],
  'GET /api/chemicals/restrictions': [{ expect: 'clean', note: "affected lines are counted in B's jurisdiction only" }],
  'POST /api/chemicals/restrictions': [{ body: () => restriction, expect: 'refused', note: 'district admin only' }],
  'PUT /api/chemicals/restrictions/:id': [{ params: () => ({ id: 'rl-probe' }), body: () => restriction, expect: 'refused' }],
  'DELETE /api/chemicals/restrictions/:id': [{ params: () => ({ id: 'rl-probe' }), expect: 'refused' }],
  'GET /api/chemicals/editions': [{ expect: 'clean' }],
  'GET /api/chemicals/edition-template.xlsx': [{ expect: 'clean' }],
  'POST /api/chemicals/editions': [{
    form: () => ({ fields: { name: 'probe', source: 'probe' }, file: { name: 'edition.xlsx', contentType: XLSX, content: 'PK\u0003\u0004' } }),
    expect: 'refused', note: 'district admin only',
  }],
  'GET /api/chemicals/editions/:id/entries': [{ params: () => ({ id: 'ced-probe' }), expect: 'clean', note: 'no such edition: 404' }],
};
