// Isolation probes of the map (H3): how a 良口镇 user could attack 温泉镇's records through each route. A's sensitive
// target (featureA, at 113.612, 23.612) lies in 温泉镇, which also has a polygon and an area-risk row: none of it may
// reach B — not in features, not in a ring drawn over it, not in the layer list.
import type { Entry } from '../shared/isolation-probes.js';

const DISTRICT_BOX = '113.2,23.3,114.1,24.0';
const A_BOX = '113.55,23.55,113.7,23.7';
const GEOJSON = 'application/geo+json';
const squareOf = (code: string) => JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [[[113.55, 23.55], [113.7, 23.55], [113.7, 23.7], [113.55, 23.7], [113.55, 23.55]]] } }],
});
const targetIn = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'probe', category: 'school' }, geometry: { type: 'Point', coordinates: [113.612, 23.612] } }] });

export const mapProbes: Record<string, Entry> = {
  'GET /api/map/features': [
    { query: () => ({ bbox: DISTRICT_BOX }), expect: 'clean', note: "every layer over the whole district: B's own only" },
    { query: () => ({ bbox: A_BOX, cluster: 'off' }), expect: 'clean', note: "A's box, unclustered" },
    { query: (i) => ({ bbox: DISTRICT_BOX, territoryId: i.townA }), expect: 'clean', note: "filtering on A's town gives nothing" },
    { query: () => ({ bbox: A_BOX, layers: 'sensitive_targets,areas', category: 'school' }), expect: 'clean' },
  ],
  'GET /api/map/boundary': [{ expect: 'clean', note: 'the district boundary is public geography' }],
  'GET /api/map/ring': [
    { query: () => ({ lng: '113.612', lat: '23.612', radius: '5000' }), expect: 'clean', note: "a ring drawn over A's school lists none of A's targets" },
    { query: (i) => ({ unitId: i.unitA }), expect: 'refused', note: "A's unit as the centre: 404" },
    { query: (i) => ({ enterpriseId: i.enterpriseA }), expect: 'refused' },
  ],
  'POST /api/map/areas/import': [
    { query: () => ({ dryRun: '1' }), form: (i) => ({ fields: { crs: 'wgs84' }, file: { name: 'a.geojson', contentType: GEOJSON, content: squareOf(i.townA) } }), expect: 'refused', note: 'admin only: a territory user gets 403' },
    { form: (i) => ({ fields: { crs: 'wgs84' }, file: { name: 'a.geojson', contentType: GEOJSON, content: squareOf(i.townA) } }), expect: 'refused' },
  ],
  'POST /api/map/layers/import': [
    { query: () => ({ layer: 'sensitive_target' }), form: () => ({ fields: { crs: 'wgs84' }, file: { name: 't.geojson', contentType: GEOJSON, content: targetIn } }), expect: 'refused', note: 'admin only' },
  ],
  'GET /api/map/layers/template.xlsx': [{ expect: 'clean', note: 'the template holds no data' }],
  'GET /api/map/layers': [
    { expect: 'clean', note: "B's features only" },
    { query: () => ({ layer: 'sensitive_target', pageSize: '200' }), expect: 'clean' },
  ],
  'DELETE /api/map/layers/:id': [{ params: (i) => ({ id: i.featureA }), expect: 'refused', note: "A's feature is 404 to B (and admin only)" }],
  'GET /api/map/settings': [{ expect: 'clean' }],
  'PUT /api/map/settings': [{ body: () => ({ tiles: { enabled: true, urlTemplate: 'https://t.example/{z}/{x}/{y}.png', attribution: '', subdomains: '', coordSystem: 'wgs84' } }), expect: 'refused', note: 'admin only' }],
};
