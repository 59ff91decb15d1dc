// Isolation probes of inspections in the field: how a 良口镇 user could attack 温泉镇's records through each route — by
// filter, by id in the URL, by naming A's enterprise or inspection in a body, and by replaying A's phone's operation.
import type { Entry, Ids } from '../shared/isolation-probes.js';
import { OP_OF_A } from './inspections.iso-seed.js';

const insp = (i: Ids) => ({ id: i.inspectionA });
const syncOp = (i: Ids, extra: Record<string, unknown> = {}) => ({
  ops: [{ opId: `probe-${Math.random().toString(36).slice(2)}`, inspectionId: i.inspectionA, baseVersion: 1, at: '2026-03-02T03:00:00.000Z',
    results: [{ itemId: 'tpl-iso-walk-1', outcome: 'pass', recordedAt: '2026-03-02T03:00:00.000Z' }], summary: '探针小结', representativeName: '探针', submit: true, ...extra }],
});

export const inspectionsProbes: Record<string, Entry> = {
  'GET /api/inspections': [
    { expect: 'clean' },
    { query: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'clean', note: "A's enterprise as a filter" },
    { query: (i) => ({ planId: i.inspectionPlanA, status: 'in_progress' }), expect: 'clean', note: "A's plan as a filter" },
    { query: () => ({ mine: '1', pageSize: '200' }), expect: 'clean' },
  ],
  'POST /api/inspections': [
    { body: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'refused', note: "an inspection of A's enterprise" },
    { body: (i) => ({ id: i.inspectionA, enterpriseId: i.enterpriseA }), expect: 'refused', note: "A's inspection id replayed" },
  ],
  'POST /api/inspections/sync': [
    { body: (i) => syncOp(i), expect: 'clean', note: "an operation on A's inspection: answered as rejected (not found), nothing written" },
    { body: (i) => syncOp(i, { opId: OP_OF_A }), expect: 'clean', note: "A's phone's operation id replayed" },
  ],
  'GET /api/inspections/:id': [{ params: insp, expect: 'refused' }],
  'POST /api/inspections/:id/photos': [
    { params: insp, form: () => ({ fields: { itemId: 'tpl-iso-walk-1' }, file: { name: 'probe.png', contentType: 'image/png', content: '\u0089PNG\r\n\u001a\n' } }), expect: 'refused' },
  ],
};
