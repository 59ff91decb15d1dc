// Isolation probes of attachments: how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry } from '../shared/isolation-probes.js';

export const attachmentsProbes: Record<string, Entry> = {
  'GET /api/attachments/:id': [
    { params: (i) => ({ id: i.attachmentA }), expect: 'refused', note: "A's inspection photo" },
    { params: (i) => ({ id: i.evidenceA }), expect: 'refused', note: "A's rectification evidence" },
  ],
};
