// Isolation probes of risk notice board and post cards (H4): how a 良口镇 user could attack 温泉镇's records through each route.
import type { Entry } from '../shared/isolation-probes.js';

export const riskPdfProbes: Record<string, Entry> = {
  'GET /api/risk/enterprises/:enterpriseId/notice-board.pdf': [
    { params: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'refused', note: "A's enterprise: its name and points are on the board" },
    { params: (i) => ({ enterpriseId: i.entA }), expect: 'refused', note: "A's enterprise organisation id instead of the record id" },
  ],
  'GET /api/risk/points/:id/card.pdf': [
    { params: (i) => ({ id: i.riskPointA }), expect: 'refused', note: "A's enterprise point: the cards of all its posts" },
    { params: (i) => ({ id: i.riskPointA }), query: () => ({ post: '岗位-iso7f3c' }), expect: 'refused', note: 'a post A really has' },
    { params: (i) => ({ id: i.publicPointA }), expect: 'refused', note: "A's public-place point (territory path)" },
  ],
};
