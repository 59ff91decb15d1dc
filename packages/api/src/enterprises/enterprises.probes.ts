// Isolation probes for the enterprises routes: how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry, Ids } from '../shared/isolation-probes.js';

// 91440117MA5ABC002N: a valid GB 32100 code (check character N computed by domain/enterprises/uscc.ts), unused by A
const enterpriseBody = (territoryId: string, extra: Record<string, unknown> = {}) => ({
  name: '良口探针企业', uscc: '91440117MA5ABC002N', territoryId, activities: ['storage'], status: 'operating', inChemicalPark: false,
  contacts: [{ duty: '主要负责人', name: '探针' }], keyProcesses: [], ...extra,
});
const licence = { kind: 'hazchem_trade', number: 'probe-1', expiresOn: '2027-01-01' };
const unit = { name: 'probe unit', kind: 'storage', population500m: 5 };
const lines = { lines: [{ chemicalName: '甲醇', quantity: '10', quantityUnit: 't' }] };
const ent = (i: Ids) => ({ id: i.enterpriseA });

export const enterprisesProbes: Record<string, Entry> = {
  'GET /api/enterprises': [
    { expect: 'clean' },
    { query: (i) => ({ territoryId: i.townA }), expect: 'clean' },
    { query: (i) => ({ territoryId: i.gridA }), expect: 'clean' },
    { query: () => ({ q: 'iso7f3c' }), expect: 'clean', note: "A's name carries the token" },
    { query: () => ({ q: '91440117MA59C1XP3U' }), expect: 'clean', note: "A's credit code" },
    { query: () => ({ majorHazard: '1', grade: '4' }), expect: 'clean' },
    { query: () => ({ licenceExpiringWithinDays: '3650', restricted: '1' }), expect: 'clean' },
  ],
  'POST /api/enterprises': [
    { body: (i) => enterpriseBody(i.townA), expect: 'refused', note: 'an enterprise in A’s territory' },
    { body: (i) => enterpriseBody(i.townA, { gridId: i.gridA }), expect: 'refused' },
    { body: (i) => enterpriseBody(i.townB, { gridId: i.gridA }), expect: 'refused', note: "A's grid cell under B's territory" },
    { body: (i) => enterpriseBody(i.townB), expect: 'own-write' },
  ],
  'GET /api/enterprises/:id': [{ params: ent, expect: 'refused' }],
  'PUT /api/enterprises/:id': [
    { params: ent, body: (i) => ({ ...enterpriseBody(i.townB), version: 1 }), expect: 'refused', note: "pull A's enterprise into B" },
    { params: ent, body: (i) => ({ ...enterpriseBody(i.townA), version: 1 }), expect: 'refused' },
  ],
  'GET /api/enterprises/:id/history': [{ params: ent, expect: 'refused' }],
  'POST /api/enterprises/:id/licences': [{ params: ent, body: () => licence, expect: 'refused' }],
  'PUT /api/enterprise-licences/:licenceId': [{ params: (i) => ({ licenceId: i.licenceA }), body: () => licence, expect: 'refused' }],
  'DELETE /api/enterprise-licences/:licenceId': [{ params: (i) => ({ licenceId: i.licenceA }), expect: 'refused' }],
  'POST /api/enterprises/:id/sites': [{ params: ent, body: () => ({ name: 'probe site' }), expect: 'refused' }],
  'PUT /api/enterprise-sites/:siteId': [{ params: (i) => ({ siteId: i.siteA }), body: () => ({ name: 'probe site' }), expect: 'refused' }],
  'DELETE /api/enterprise-sites/:siteId': [{ params: (i) => ({ siteId: i.siteA }), expect: 'refused' }],
  'POST /api/enterprises/:id/units': [
    { params: ent, body: () => unit, expect: 'refused' },
    { params: ent, body: (i) => ({ ...unit, siteId: i.siteA }), expect: 'refused' },
  ],
  'PUT /api/enterprise-units/:unitId': [{ params: (i) => ({ unitId: i.unitA }), body: () => unit, expect: 'refused' }],
  'DELETE /api/enterprise-units/:unitId': [{ params: (i) => ({ unitId: i.unitA }), expect: 'refused' }],
  'PUT /api/enterprise-units/:unitId/inventory': [
    { params: (i) => ({ unitId: i.unitA }), body: () => lines, expect: 'refused' },
    { params: (i) => ({ unitId: i.unitA }), body: () => ({ lines: [{ chemicalName: '甲醇', quantity: 'x', quantityUnit: 't' }] }), expect: 'refused', note: '404 before any input check' },
  ],
  'GET /api/enterprises/:id/declarations': [{ params: ent, expect: 'refused' }],
  'POST /api/enterprises/:id/declarations': [{ params: ent, body: () => ({ year: 2027, copyForward: false }), expect: 'refused' }],
  'GET /api/enterprise-declarations': [
    { expect: 'clean', note: "A's declaration is submitted: never in B's queue" },
    { query: () => ({ status: 'approved' }), expect: 'clean' },
  ],
  'GET /api/enterprise-declarations/:declarationId': [{ params: (i) => ({ declarationId: i.declarationA }), expect: 'refused' }],
  'POST /api/enterprise-declarations/:declarationId/submit': [{ params: (i) => ({ declarationId: i.declarationA }), expect: 'refused' }],
  'POST /api/enterprise-declarations/:declarationId/review': [
    { params: (i) => ({ declarationId: i.declarationA }), body: () => ({ decision: 'approve' }), expect: 'refused' },
    { params: (i) => ({ declarationId: i.declarationA }), body: () => ({ decision: 'return', comment: 'probe' }), expect: 'refused' },
  ],
};
