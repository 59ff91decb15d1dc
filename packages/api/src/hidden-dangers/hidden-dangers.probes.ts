// Isolation probes of hidden dangers: how a 良口镇 user could attack 温泉镇's records through each route — by filter,
// by id in the URL (read, act, upload evidence, 挂牌督办), and by naming A's enterprise in a new finding.
import type { Entry, Ids } from '../shared/isolation-probes.js';

const finding = (i: Ids) => ({ id: i.findingA });
const png = { name: 'probe.png', contentType: 'image/png', content: '\u0089PNG\r\n\u001a\n' };

export const hiddenDangersProbes: Record<string, Entry> = {
  'GET /api/hidden-dangers': [
    { expect: 'clean' },
    { query: (i) => ({ territoryId: i.townA }), expect: 'clean', note: "A's territory as a filter" },
    { query: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'clean', note: "A's enterprise as a filter" },
    { query: () => ({ q: 'iso7f3c', severity: 'major', overdue: '1', supervision: 'listed', status: 'rectifying' }), expect: 'clean', note: "A's finding carries the token, is major, overdue and listed" },
    { query: () => ({ category: '类别-iso7f3c', escalationLevel: '2', sort: 'deadline' }), expect: 'clean', note: "A's category and level" },
  ],
  'GET /api/hidden-dangers/stats': [
    { expect: 'clean' },
    { query: (i) => ({ territoryId: i.townA }), expect: 'clean', note: "A's territory as a filter" },
  ],
  'POST /api/hidden-dangers': [
    { body: (i) => ({ enterpriseId: i.enterpriseA, category: '储存', description: '探针隐患', deadline: '2026-12-31', source: 'inspection' }), expect: 'refused', note: "a finding on A's enterprise" },
  ],
  'GET /api/hidden-dangers/:id': [{ params: finding, expect: 'refused' }],
  'POST /api/hidden-dangers/:id/actions': [
    { params: finding, body: () => ({ action: 'submit_plan', version: 1, planText: '探针方案', responsiblePerson: '探针' }), expect: 'refused' },
    { params: finding, body: () => ({ action: 'extend_deadline', version: 1, note: '探针', deadline: '2026-12-31' }), expect: 'refused' },
  ],
  'POST /api/hidden-dangers/:id/evidence': [
    { params: finding, form: () => ({ fields: { kind: 'rectification' }, file: png }), expect: 'refused' },
    { params: finding, form: () => ({ fields: { kind: 'verification' }, file: png }), expect: 'refused' },
  ],
  'POST /api/hidden-dangers/:id/supervision': [{ params: finding, body: () => ({ listed: false }), expect: 'refused' }],
};
