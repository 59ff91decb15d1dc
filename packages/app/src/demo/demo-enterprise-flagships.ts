// Hand-made demo enterprises whose numbers are chosen so the demo shows every state of GB 18218 identification
// whatever the random ones happen to give: a major hazard of each grade, one waiting for its population, and
// incomplete units (a Table 1 row not chosen, a β category missing). The calculation is written beside each unit
// (Q from Table 1, β from Table 3 or Table 4, α from Table 5, grade from Table 6), so the test's expectations are
// hand-checked, not read back from the code.
import type { DemoChemicalKey } from './demo-chemicals.js';
import type { UnitTemplate } from './demo-enterprise-profiles.js';

export type FlagshipLine = readonly [chem: DemoChemicalKey, unit: 't' | 'kg' | 'm3', container: string, quantity: string];
export type FlagshipUnit = { name: string; kind: UnitTemplate['kind']; facility: UnitTemplate['facility']; population: number | null; lines: readonly FlagshipLine[] };
export type Flagship = {
  key: string;
  /** The organisation already seeded by seed-demo (the enterprise user's company); otherwise a new ent-demo-NNN. */
  existingOrgKey?: string;
  name: string;
  territoryKey: string;
  /** 1-based grid cell of the territory, or null: directly under the territory. */
  grid: number | null;
  profileKey: string;
  processes?: readonly string[];
  /** Days from today to each licence's expiry, in the profile's licence order. */
  licenceDays?: readonly number[];
  units: readonly FlagshipUnit[];
  /** Expected result, for the test: grade 1–4, or the trace status. */
  expect: readonly (1 | 2 | 3 | 4 | 'below_threshold' | 'needs_population' | 'incomplete')[];
};

export const FLAGSHIPS: readonly Flagship[] = [
  {
    key: 'wenquan-own', existingOrgKey: 'demo-enterprise-wenquan', name: '广州温泉示范化工有限公司（演示）', territoryKey: 'wenquan-town', grid: null,
    profileKey: 'chemical', processes: ['氧化工艺'], licenceDays: [45, 400],
    units: [
      // 甲醇 2 × 500 m³ × 0.791 t/m³ = 791 t, Q 500 (Table 1 row 65) → 1.582; 甲苯 300 m³ × 0.866 = 259.8 t, Q 500 (row 64) → 0.5196.
      // S = 2.1016 ≥ 1. β = 1 (W5.3, Table 4) for both; α = 1.5 (80 people: 50～99); R = 1.5 × 2.1016 = 3.1524 → grade 4.
      { name: '甲醇储罐区', kind: 'storage', facility: 'tank_farm', population: 80, lines: [['methanol', 'm3', '内浮顶储罐（2×500m³）', '1000'], ['toluene', 'm3', '内浮顶储罐', '300']] },
      // 甲醇 20 t / 500 = 0.04; 甲苯 5 t / 500 = 0.01; S = 0.05 < 1: below threshold.
      { name: '甲醛生产装置', kind: 'production', facility: 'process', population: 80, lines: [['methanol', 't', '反应器及中间罐', '20'], ['toluene', 't', '中间罐', '5']] },
    ],
    expect: [4, 'below_threshold'],
  },
  {
    key: 'chlor-alkali', name: '广州明珠氯碱化工有限公司（演示）', territoryKey: 'park-committee', grid: 1, profileKey: 'chemical', processes: ['电解工艺（氯碱）', '氯化工艺'],
    licenceDays: [620, 20],
    units: [
      // 液氯 3 × 25 t = 75 t, Q 5 (row 12) → S = 15. β = 4 (Table 3, 氯); α = 2 (350 people: ≥100); R = 2 × 4 × 15 = 120 ≥ 100 → grade 1.
      { name: '液氯储罐区', kind: 'storage', facility: 'tank_farm', population: 350, lines: [['chlorine', 't', '卧式液氯储罐（3×25t）', '75']] },
      // 氢 500 kg = 0.5 t / 5 = 0.1; 液氯 2 t / 5 = 0.4; S = 0.5 < 1.
      { name: '电解车间', kind: 'production', facility: 'process', population: 350, lines: [['hydrogen', 'kg', '氢气缓冲罐', '500'], ['chlorine', 't', '液化器及中间槽', '2']] },
    ],
    expect: [1, 'below_threshold'],
  },
  {
    key: 'ammonia', name: '广州鳌头化肥有限公司（演示）', territoryKey: 'aotou-town', grid: 2, profileKey: 'chemical', processes: ['合成氨工艺'], licenceDays: [-12, 300],
    units: [
      // 液氨 400 m³ × 0.617 = 246.8 t, Q 10 (row 1) → S = 24.68. β = 2 (Table 3, 氨); α = 2 (180 people); R = 2 × 2 × 24.68 = 98.72 → grade 2 (100 > R ≥ 50).
      { name: '液氨球罐区', kind: 'storage', facility: 'tank_farm', population: 180, lines: [['ammonia', 'm3', '球罐（2×200m³）', '400']] },
      // 液氨 8 t / 10 = 0.8; 氢 1500 kg = 1.5 t / 5 = 0.3; S = 1.1. β: 氨 2 → 1.6; 氢 1.5 (W2) → 0.45; Σ = 2.05; α = 2; R = 4.1 → grade 4.
      { name: '合成氨装置', kind: 'production', facility: 'process', population: 180, lines: [['ammonia', 't', '氨分离器及冷凝器', '8'], ['hydrogen', 'kg', '合成塔及管线', '1500']] },
    ],
    expect: [2, 4],
  },
  {
    key: 'tank-terminal', name: '广州明珠石化仓储有限公司（演示）', territoryKey: 'park-committee', grid: 2, profileKey: 'warehousing', licenceDays: [75],
    units: [
      // 苯 2000 m³ × 0.879 = 1758 t / 50 (row 57) = 35.16; 丙烯腈 600 m³ × 0.806 = 483.6 t / 50 (row 60) = 9.672; S = 44.832.
      // β = 1 (W5.3) for both; α = 2 (120 people); R = 89.664 → grade 2.
      { name: '苯罐区', kind: 'storage', facility: 'tank_farm', population: 120, lines: [['benzene', 'm3', '内浮顶储罐（4×500m³）', '2000'], ['acrylonitrile', 'm3', '内浮顶储罐（2×300m³）', '600']] },
    ],
    expect: [2],
  },
  {
    key: 'waterworks', name: '广州从化江埔自来水有限公司（演示）', territoryKey: 'jiangpu-street', grid: 1, profileKey: 'water', licenceDays: [10],
    units: [
      // 液氯 12 × 1000 kg = 12 t / 5 = 2.4; β = 4 (Table 3); α = 2 (1,200 people); R = 2 × 4 × 2.4 = 19.2 → grade 3 (50 > R ≥ 10).
      { name: '加氯间', kind: 'storage', facility: 'warehouse', population: 1200, lines: [['chlorine', 'kg', '1吨液氯钢瓶（12瓶）', '12000']] },
    ],
    expect: [3],
  },
  {
    key: 'lpg-depot', name: '广州城郊燃气有限公司液化石油气储配站（演示）', territoryKey: 'chengjiao-street', grid: 3, profileKey: 'lpg', licenceDays: [200, 150],
    units: [
      // 液化石油气 100 m³ × 0.55 = 55 t / 50 (row 52) = 1.1; β = 1.5 (W2); α = 2 (600 people); R = 3.3 → grade 4.
      { name: '液化石油气储罐区', kind: 'storage', facility: 'tank_farm', population: 600, lines: [['lpg', 'm3', '卧式储罐（2×50m³）', '100']] },
    ],
    expect: [4],
  },
  {
    key: 'acetylene', name: '广州良口特种气体有限公司（演示）', territoryKey: 'liangkou-town', grid: 1, profileKey: 'gases', licenceDays: [500, 500],
    units: [
      // 乙炔 300 × 7 kg = 2.1 t / 1 (row 54) = 2.1 ≥ 1, but nobody has counted the people within 500 m yet: needs_population.
      { name: '乙炔气瓶库', kind: 'storage', facility: 'warehouse', population: null, lines: [['acetylene', 'kg', '40L溶解乙炔钢瓶（300瓶）', '2100']] },
    ],
    expect: ['needs_population'],
  },
  {
    key: 'nitrocellulose', name: '广州鳌头华彩涂料有限公司（演示）', territoryKey: 'aotou-town', grid: 1, profileKey: 'coatings', licenceDays: [800, 800],
    units: [
      // 硝化棉 names Table 1 rows 37–41 (Q 1 to 50 t): the row is not chosen yet → incomplete (choose_table1_row).
      { name: '调漆车间', kind: 'production', facility: 'process', population: 60, lines: [['nitrocelluloseUnchosen', 'kg', '25kg纸板桶', '1000'], ['toluene', 't', '200L铁桶', '6.92']] },
    ],
    expect: ['incomplete'],
  },
  {
    key: 'methanol-no-beta', name: '广州太平恒信化学有限公司（演示）', territoryKey: 'taiping-town', grid: 2, profileKey: 'chemical', licenceDays: [25, 700],
    units: [
      // 甲醇 1500 m³ × 0.791 = 1186.5 t / 500 = 2.373 ≥ 1, but no hazard category for its Table 4 β → incomplete (needs_categories_for_beta).
      { name: '甲醇罐区', kind: 'storage', facility: 'tank_farm', population: 60, lines: [['methanolNoCategories', 'm3', '内浮顶储罐（3×500m³）', '1500']] },
    ],
    expect: ['incomplete'],
  },
];
