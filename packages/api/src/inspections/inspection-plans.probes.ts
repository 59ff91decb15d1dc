// Isolation probes of checklists, settings, inspection plans and draws: how a 良口镇 user could attack 温泉镇's records through each route.
// Templates and settings are district configuration (no A data to leak; writes are the admin's). Plans, draws and
// conflicts carry A's paths: by id they are 404, by filter they are absent, named in a body they are refused.
import type { Entry, Ids } from '../shared/isolation-probes.js';

const plan = (i: Ids) => ({ id: i.inspectionPlanA });
const draw = (i: Ids) => ({ id: i.drawA });
const planBody = (extra: Record<string, unknown> = {}) => ({ year: 2026, title: '探针计划', kind: 'double_random', sampleSize: 1, inspectorsPerEnterprise: 1, ...extra });
const template = { enterpriseType: 'trade', name: '探针检查表', items: [{ area: '储存', content: '探针？', legalBasis: '探针依据', severityHint: 'general' }] };

export const inspectionPlansProbes: Record<string, Entry> = {
  'GET /api/inspections/templates': [{ expect: 'clean' }],
  'GET /api/inspections/templates/:id': [{ params: () => ({ id: 'starter-production-v1' }), expect: 'clean', note: 'district configuration' }],
  'POST /api/inspections/templates': [{ body: () => template, expect: 'refused', note: 'admin only' }],
  'PUT /api/inspections/templates/:id': [{ params: () => ({ id: 'starter-production-v1' }), body: () => template, expect: 'refused', note: 'admin only' }],
  'GET /api/inspections/settings': [{ expect: 'clean' }],
  'PUT /api/inspections/settings': [{ body: () => ({ deadlines: { generalDays: 1, majorDays: 2 } }), expect: 'refused', note: 'admin only' }],
  'GET /api/inspections/plans': [{ expect: 'clean' }, { query: () => ({ year: '2026' }), expect: 'clean', note: "A's plan is of 2026" }],
  'POST /api/inspections/plans': [
    { body: (i) => planBody({ territoryIds: [i.townA] }), expect: 'refused', note: "a plan over A's territory" },
    { body: () => planBody(), expect: 'own-write', note: 'B plans its own town' },
  ],
  'GET /api/inspections/plans/:id': [{ params: plan, expect: 'refused' }],
  'PUT /api/inspections/plans/:id': [{ params: plan, body: () => planBody(), expect: 'refused' }],
  'POST /api/inspections/plans/:id/publish': [{ params: plan, expect: 'refused' }],
  'POST /api/inspections/plans/:id/draw': [{ params: plan, body: () => ({ seed: '1' }), expect: 'refused' }],
  'GET /api/inspections/draws/:id': [{ params: draw, expect: 'refused' }],
  'GET /api/inspections/draws/:id/verify': [{ params: draw, expect: 'refused' }],
  'POST /api/inspections/draws/:id/publish': [{ params: draw, expect: 'refused' }],
  'GET /api/inspections/conflicts': [
    { expect: 'clean' },
    { query: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'clean', note: "A's enterprise as a filter" },
  ],
  'POST /api/inspections/conflicts': [{ body: (i) => ({ inspectorId: i.userA, enterpriseId: i.enterpriseA, reason: '探针' }), expect: 'refused', note: "a conflict on A's enterprise" }],
  'DELETE /api/inspections/conflicts/:id': [{ params: (i) => ({ id: i.conflictA }), expect: 'refused' }],
  'GET /api/inspections/inspectors': [{ expect: 'clean' }],
};
