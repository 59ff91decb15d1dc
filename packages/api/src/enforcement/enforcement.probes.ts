// Isolation probes of enforcement cases: how a 良口镇 user could attack 温泉镇's records through each route — by filter,
// by id in the URL, and by naming A's enterprise, findings or case in a body.
import type { Entry, Ids } from '../shared/isolation-probes.js';

const kase = (i: Ids) => ({ id: i.caseA });

export const enforcementProbes: Record<string, Entry> = {
  'GET /api/enforcement': [
    { expect: 'clean' },
    { query: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'clean', note: "A's enterprise as a filter" },
    { query: () => ({ kind: 'penalty', status: 'notified' }), expect: 'clean', note: "A's case is a notified penalty" },
    { query: () => ({ published: '0' }), expect: 'clean' },
  ],
  'POST /api/enforcement': [
    { body: (i) => ({ kind: 'rectification_order', enterpriseId: i.enterpriseA, facts: '探针', legalBasis: '探针', deadline: '2099-01-01' }), expect: 'refused', note: "an order against A's enterprise" },
    { body: (i) => ({ kind: 'penalty', enterpriseId: i.enterpriseA, findingIds: [i.findingA], inspectionId: i.inspectionA, facts: '探针', legalBasis: '探针' }), expect: 'refused', note: "citing A's finding and inspection" },
  ],
  'GET /api/enforcement/:id': [{ params: kase, expect: 'refused' }],
  'POST /api/enforcement/:id/actions': [
    { params: kase, body: () => ({ action: 'decide', version: 1, decisionNo: '探针', amount: '1' }), expect: 'refused' },
    { params: kase, body: () => ({ action: 'close', version: 1 }), expect: 'refused' },
  ],
  'POST /api/enforcement/:id/publish': [{ params: kase, expect: 'refused' }],
};
