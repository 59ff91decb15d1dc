// Isolation probes of the blacklist: how a 良口镇 user could attack 温泉镇's records through each route. B is a territory
// user, who may propose listings in its own town: naming A's enterprise or case is refused.
import type { Entry, Ids } from '../shared/isolation-probes.js';

const entry = (i: Ids) => ({ id: i.blacklistA });

export const blacklistProbes: Record<string, Entry> = {
  'GET /api/blacklist': [
    { expect: 'clean' },
    { query: () => ({ q: 'iso7f3c' }), expect: 'clean', note: "A's entry carries the token in its reason" },
    { query: () => ({ status: 'proposed', partyKind: 'enterprise' }), expect: 'clean', note: "A's entry is a proposed enterprise" },
  ],
  'POST /api/blacklist': [
    { body: (i) => ({ partyKind: 'enterprise', enterpriseId: i.enterpriseA, criteria: ['bl03'], reason: '探针' }), expect: 'refused', note: "listing A's enterprise" },
    { body: (i) => ({ partyKind: 'person', enterpriseId: i.enterpriseA, personName: '探针', idNumber: '11010519491231002X', criteria: ['bl01'], reason: '探针', caseIds: [i.caseA] }), expect: 'refused', note: "a person of A's enterprise, citing A's case" },
  ],
  'GET /api/blacklist/:id': [{ params: entry, expect: 'refused' }],
  'POST /api/blacklist/:id/actions': [
    { params: entry, body: () => ({ action: 'review_reject', version: 1, comment: '探针' }), expect: 'refused' },
    { params: entry, body: () => ({ action: 'review_approve', version: 1 }), expect: 'refused' },
  ],
  'GET /api/blacklist/listed': [{ expect: 'clean', note: "A's entry is only proposed: not listed" }],
  'GET /api/blacklist/notices': [{ expect: 'clean' }, { query: () => ({ acknowledged: '0' }), expect: 'clean' }],
  'POST /api/blacklist/notices/:id/acknowledge': [{ params: entry, body: () => ({ response: '探针' }), expect: 'refused', note: "an entry id of A's as a notice id" }],
};
