// Isolation probes of the map (H3): how a 良口镇 user could attack 温泉镇's records through each route. A's sensitive
// target (featureA) lies in 温泉镇, which also has a polygon and an area-risk row: none of it may reach B.
import type { Entry } from '../shared/isolation-probes.js';

const DISTRICT_BOX = '113.2,23.3,114.1,24.0';
const A_BOX = '113.55,23.55,113.7,23.7';

export const mapProbes: Record<string, Entry> = {
  'GET /api/map/features': [
    { query: () => ({ bbox: DISTRICT_BOX }), expect: 'clean', note: "every layer over the whole district: B's own only" },
    { query: () => ({ bbox: A_BOX, cluster: 'off' }), expect: 'clean', note: "A's box, unclustered" },
    { query: (i) => ({ bbox: DISTRICT_BOX, territoryId: i.townA }), expect: 'clean', note: "filtering on A's town gives nothing" },
    { query: () => ({ bbox: A_BOX, layers: 'sensitive_targets,areas', category: 'school' }), expect: 'clean' },
  ],
  'GET /api/map/boundary': [{ expect: 'clean', note: 'the district boundary is public geography' }],
};
