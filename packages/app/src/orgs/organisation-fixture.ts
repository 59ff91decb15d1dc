// A small but real-shaped organisation tree for tests, in the shape and with the keys of
// data/plans/conghua-organisations.json: 温泉镇 and 良口镇 are the two sides of the isolation walk.
import type { OrganisationSeed } from './seed-organisations.js';

export const TOWN_A = '440117103'; // 温泉镇
export const TOWN_B = '440117104'; // 良口镇
export const OFFICE = 'org-safety-committee-office';

export const organisationFixture: OrganisationSeed = {
  organisations: [
    { key: 'conghua', kind: 'district', name: '从化区', nameEn: 'Conghua District', code: '440117', parentKey: null },
    { key: 'safety-committee', kind: 'committee', name: '区安委会', nameEn: 'District Work Safety Committee', parentKey: 'conghua' },
    { key: 'safety-committee-office', kind: 'office', name: '区安委办', nameEn: 'Office of the District Work Safety Committee', parentKey: 'safety-committee' },
    { key: 'safety-bureau', kind: 'department', name: '区安全监管局', nameEn: 'District Work Safety Bureau', parentKey: 'conghua' },
    { key: 'police', kind: 'department', name: '区公安分局', nameEn: 'District Public Security Sub-bureau', parentKey: 'conghua' },
    { key: 'wenquan-town', kind: 'territory', name: '温泉镇', nameEn: 'Wenquan Town', code: TOWN_A, parentKey: 'conghua' },
    { key: 'liangkou-town', kind: 'territory', name: '良口镇', nameEn: 'Liangkou Town', code: TOWN_B, parentKey: 'conghua' },
    { key: 'park-committee', kind: 'territory', name: '园区管委会', nameEn: 'Industrial Park Committee', parentKey: 'conghua' },
    { key: 'wenquan-town-grid-1', kind: 'grid', name: '温泉镇第一网格', parentKey: 'wenquan-town' },
    { key: 'wenquan-town-grid-2', kind: 'grid', name: '温泉镇第二网格', parentKey: 'wenquan-town' },
    { key: 'liangkou-town-grid-1', kind: 'grid', name: '良口镇第一网格', parentKey: 'liangkou-town' },
  ],
};
