// Isolation probes for the enterprise import/export routes. The walk's multipart body is text, so it cannot carry
// a real workbook: the refusal of a 良口镇 user importing into 温泉镇 (row-level, inside the job) and the 404 of a
// job polled by another user are proven with real files in enterprise-import.api.db.test.ts.
import { ISO_TOKEN, type Entry } from '../shared/isolation-probes.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const enterpriseImportProbes: Record<string, Entry> = {
  'GET /api/enterprises/import-template.xlsx': [{ expect: 'clean', note: "the drop-downs list B's own territory and grid cells only" }],
  'POST /api/enterprises/import': [{
    form: (i) => ({ fields: { territoryId: i.townA }, file: { name: `${i.townA}.xlsx`, contentType: XLSX, content: 'PK\u0003\u0004' } }),
    expect: 'refused', note: 'not a workbook: 400 before any job starts',
  }],
  'GET /api/enterprises/import/:jobId': [
    { params: () => ({ jobId: `job-a-${ISO_TOKEN}` }), expect: 'refused', note: "jobs are per user: anyone else's (or an unknown id) is 404" },
  ],
  'GET /api/enterprises/export.xlsx': [
    { expect: 'clean', note: "B's enterprises only" },
    { query: (i) => ({ territoryId: i.townA }), expect: 'clean', note: "filtering on A's town gives an empty workbook" },
    { query: (i) => ({ q: i.enterpriseA }), expect: 'clean' },
    { query: () => ({ q: ISO_TOKEN, grade: '1', majorHazard: '1', restricted: '1', licenceExpiringWithinDays: '3650' }), expect: 'clean' },
  ],
};
