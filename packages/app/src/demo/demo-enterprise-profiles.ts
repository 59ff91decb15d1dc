// Kinds of enterprise the demo district holds, each with what such an enterprise typically stores and in what:
// filling stations (two or three 30 m³ underground tanks: far below 汽油's 200 t), traders (drums in a small
// store, often none), manufacturers with tank farms (methanol, benzene, acrylonitrile: often a major hazard),
// gas suppliers (acetylene cylinders: Q = 1 t, so a cylinder store is easily one), water works (1 t chlorine
// cylinders, β = 4). Quantities are count × size in the unit written (t, kg, m³ with the chemical's density), so
// the stored text is exact and reads like a declaration. `weights` says how common a kind is in each kind of
// territory (data/demo/conghua-enterprises.json, mix).
import type { DemoChemicalKey } from './demo-chemicals.js';

export type Mix = 'park' | 'urban' | 'rural' | 'forest';
export type Activity = 'production' | 'storage' | 'use' | 'trade' | 'transport' | 'disposal';
export type LicenceKind = 'safety_production' | 'hazchem_trade' | 'safe_use' | 'registration' | 'other';

export type LineTemplate = {
  chem: DemoChemicalKey;
  unit: 't' | 'kg' | 'm3';
  container: string;
  /** How many containers (inclusive range) of `size` each. */
  count: readonly [number, number];
  size: string;
  /** Chance the line is there at all (default 1). */
  p?: number;
  /** With this chance the line names `alt` instead (the incomplete variant a careless declaration has). */
  alt?: { chem: DemoChemicalKey; p: number };
};
export type UnitTemplate = {
  name: string;
  kind: 'production' | 'storage';
  facility: 'tank_farm' | 'warehouse' | 'process' | 'other';
  /** Chance the enterprise has this unit (default 1). */
  p?: number;
  lines: readonly LineTemplate[];
  /** Keep between min and max of the lines present (default all). */
  pick?: readonly [number, number];
};
export type NameStyle = 'company' | 'station' | 'water' | 'lpg';
export type Profile = {
  key: string;
  industry: string;
  activities: readonly Activity[];
  nameStyle: NameStyle;
  words: readonly string[];
  licences: readonly LicenceKind[];
  scope: string;
  staff: readonly [number, number];
  processes: readonly string[];
  weights: Readonly<Record<Mix, number>>;
  units: readonly UnitTemplate[];
};

const L = (chem: DemoChemicalKey, unit: LineTemplate['unit'], container: string, count: readonly [number, number], size: string, extra: Partial<LineTemplate> = {}): LineTemplate =>
  ({ chem, unit, container, count, size, ...extra });

const drum = '200L铁桶';

export const PROFILES: readonly Profile[] = [
  {
    key: 'station', industry: '加油站', activities: ['storage', 'trade'], nameStyle: 'station', words: ['石油'], licences: ['hazchem_trade'],
    scope: '汽油、柴油[闭杯闪点≤60℃]（零售，带储存设施）', staff: [8, 25], processes: [], weights: { park: 0, urban: 4, rural: 5, forest: 3 },
    units: [{ name: '埋地油罐区', kind: 'storage', facility: 'tank_farm', lines: [
      L('gasoline', 'm3', '埋地卧式双层油罐', [2, 4], '30'), L('diesel', 'm3', '埋地卧式双层油罐', [1, 3], '30'),
    ] }],
  },
  {
    key: 'trader', industry: '危险化学品批发', activities: ['trade'], nameStyle: 'company', words: ['化工贸易', '化学品贸易', '化工原料', '精细化学品'],
    licences: ['hazchem_trade'], scope: '甲醇、乙醇、丙酮、甲苯、二甲苯、乙酸乙酯等', staff: [3, 20], processes: [], weights: { park: 1, urban: 4, rural: 3, forest: 0 },
    units: [{ name: '危险化学品仓库', kind: 'storage', facility: 'warehouse', p: 0.45, pick: [2, 6], lines: [
      L('methanol', 't', drum, [10, 150], '0.158'), L('ethanol', 't', drum, [10, 120], '0.158'), L('acetone', 't', drum, [5, 80], '0.158'),
      L('toluene', 't', drum, [5, 100], '0.173'), L('ethylAcetate', 't', drum, [5, 80], '0.18'), L('xylene', 't', drum, [5, 100], '0.172'),
      L('isopropanol', 't', drum, [5, 60], '0.16'), L('mek', 't', drum, [5, 60], '0.165'), L('butylAcetate', 't', drum, [5, 60], '0.175'),
      L('sodiumCyanide', 'kg', '50kg铁桶', [4, 60], '50', { p: 0.12 }), L('ammoniumNitrate', 't', '25kg编织袋（托）', [2, 40], '1', { p: 0.08 }),
      L('hydrogenPeroxide', 't', '30kg塑料桶', [20, 300], '0.03', { p: 0.3 }),
    ] }],
  },
  {
    key: 'chemical', industry: '化学原料和化学制品制造业', activities: ['production', 'storage', 'use'], nameStyle: 'company',
    words: ['化工', '化学', '精细化工', '新材料', '化学工业'], licences: ['safety_production', 'registration'], scope: '甲醇、甲苯、丙烯酸及其酯类（生产、储存）',
    staff: [40, 400], processes: ['聚合工艺', '氧化工艺', '加氢工艺', '氯化工艺', '磺化工艺', '胺基化工艺'], weights: { park: 6, urban: 0, rural: 2, forest: 0 },
    units: [
      { name: '合成车间', kind: 'production', facility: 'process', pick: [2, 4], lines: [
        L('methanol', 't', '反应釜及中间罐', [5, 40], '1'), L('toluene', 't', '反应釜及中间罐', [2, 20], '1'), L('hydrogen', 'kg', '缓冲罐', [50, 400], '1', { p: 0.3 }),
        L('acrylicAcid', 't', '中间罐', [5, 30], '1', { p: 0.4 }), L('xylene', 't', '中间罐', [2, 20], '1', { p: 0.5 }),
        L('formaldehydeBare', 't', '高位槽', [1, 5], '1', { p: 0.06 }),
      ] },
      { name: '储罐区', kind: 'storage', facility: 'tank_farm', p: 0.85, pick: [2, 4], lines: [
        L('methanol', 'm3', '内浮顶储罐', [1, 6], '200'), L('toluene', 'm3', '内浮顶储罐', [1, 4], '100'), L('xylene', 'm3', '内浮顶储罐', [1, 4], '200'),
        L('styrene', 'm3', '固定顶储罐', [1, 3], '200', { p: 0.4 }), L('acrylonitrile', 'm3', '内浮顶储罐', [1, 2], '100', { p: 0.2 }),
        L('benzene', 'm3', '内浮顶储罐', [1, 2], '100', { p: 0.2 }), L('ammonia', 'm3', '卧式储罐', [1, 3], '50', { p: 0.2 }),
        L('ammonia', 'm3', '液氨球罐', [2, 4], '400', { p: 0.02 }), // rare: a large ammonia store (grade 1 or 2 near people)
      ] },
      { name: '甲类仓库', kind: 'storage', facility: 'warehouse', p: 0.5, pick: [1, 3], lines: [
        L('sodiumChlorate', 't', '50kg编织袋（托）', [5, 40], '1'), L('sodium', 'kg', '煤油保护铁桶', [4, 40], '25'),
        L('peraceticAcid', 't', '25kg塑料桶', [20, 200], '0.025'), L('calciumCarbide', 't', '100kg铁桶', [10, 300], '0.1'), L('tdi', 't', '250kg铁桶', [8, 120], '0.25'),
      ] },
    ],
  },
  {
    key: 'coatings', industry: '涂料制造', activities: ['production', 'storage', 'use'], nameStyle: 'company', words: ['涂料', '油墨', '化学涂料', '漆业'],
    licences: ['safety_production', 'registration'], scope: '溶剂型涂料、稀释剂（生产）', staff: [20, 150], processes: [], weights: { park: 3, urban: 0, rural: 2, forest: 0 },
    units: [
      { name: '调漆车间', kind: 'production', facility: 'process', pick: [2, 4], lines: [
        L('toluene', 't', drum, [10, 80], '0.173'), L('xylene', 't', drum, [10, 80], '0.172'), L('butylAcetate', 't', drum, [5, 60], '0.175'),
        L('mek', 't', drum, [5, 40], '0.165'), L('nitrocellulose', 'kg', '25kg纸板桶', [20, 400], '25', { p: 0.5, alt: { chem: 'nitrocelluloseUnchosen', p: 0.25 } }),
      ] },
      { name: '溶剂罐区', kind: 'storage', facility: 'tank_farm', p: 0.6, pick: [1, 3], lines: [
        L('toluene', 'm3', '立式储罐', [1, 4], '50'), L('xylene', 'm3', '立式储罐', [1, 4], '50'), L('butylAcetate', 'm3', '立式储罐', [1, 2], '50'),
      ] },
      { name: '原料仓库', kind: 'storage', facility: 'warehouse', p: 0.7, pick: [1, 3], lines: [
        L('tdi', 't', '250kg铁桶', [8, 120], '0.25'), L('alkydPaint', 't', '20kg铁罐', [100, 2000], '0.02'),
        L('thinner', 't', drum, [5, 50], '0.18', { alt: { chem: 'thinnerUnclassified', p: 0.12 } }),
      ] },
    ],
  },
  {
    key: 'pharma', industry: '医药制造业', activities: ['production', 'use', 'storage'], nameStyle: 'company', words: ['制药', '药业', '生物医药', '医疗器械'],
    licences: ['safe_use', 'registration'], scope: '甲醇、乙醇、丙酮、四氢呋喃、环氧乙烷（使用）', staff: [60, 600], processes: ['加氢工艺', '氧化工艺', '胺基化工艺', '重氮化工艺'],
    weights: { park: 2, urban: 1, rural: 1, forest: 0 },
    units: [
      { name: '原料药合成车间', kind: 'production', facility: 'process', pick: [2, 5], lines: [
        L('methanol', 't', '反应釜及高位槽', [1, 15], '1'), L('ethanol', 't', '反应釜及高位槽', [1, 20], '1'), L('acetone', 't', '高位槽', [1, 10], '1'),
        L('thf', 't', drum, [2, 30], '0.178'), L('ether', 't', drum, [1, 10], '0.142', { p: 0.3 }), L('hydrogen', 'kg', '氢气集装格', [2, 20], '8', { p: 0.35 }),
        L('sodium', 'kg', '煤油保护铁桶', [1, 8], '25', { p: 0.2 }),
      ] },
      { name: '溶剂储罐区', kind: 'storage', facility: 'tank_farm', p: 0.5, pick: [1, 3], lines: [
        L('ethanol', 'm3', '立式储罐', [1, 4], '100'), L('methanol', 'm3', '立式储罐', [1, 3], '100'), L('acetone', 'm3', '立式储罐', [1, 2], '50'),
      ] },
      { name: '环氧乙烷灭菌间', kind: 'storage', facility: 'warehouse', p: 0.25, lines: [L('ethyleneOxide', 'kg', '180kg钢瓶', [10, 80], '180')] },
      { name: '危化品仓库', kind: 'storage', facility: 'warehouse', p: 0.5, pick: [1, 3], lines: [
        L('peraceticAcid', 't', '25kg塑料桶', [4, 60], '0.025'), L('hydrogenPeroxide', 't', '30kg塑料桶', [10, 100], '0.03'),
        L('isopropanol', 't', drum, [5, 40], '0.16'), L('formaldehydeBare', 't', drum, [5, 40], '0.2', { p: 0.1 }),
      ] },
    ],
  },
  {
    key: 'rubber', industry: '橡胶和塑料制品业', activities: ['production', 'use'], nameStyle: 'company', words: ['橡胶制品', '塑胶', '高分子材料', '橡塑'],
    licences: ['safe_use'], scope: '环己烷、甲苯、苯乙烯（使用）', staff: [30, 300], processes: ['聚合工艺'], weights: { park: 2, urban: 1, rural: 2, forest: 0 },
    units: [
      { name: '生产车间', kind: 'production', facility: 'process', pick: [1, 3], lines: [
        L('cyclohexane', 't', drum, [5, 60], '0.156'), L('toluene', 't', drum, [5, 60], '0.173'), L('styrene', 't', drum, [5, 80], '0.18'),
        L('hexane', 't', drum, [5, 40], '0.132'), L('solventNaphtha', 't', drum, [5, 60], '0.15'),
      ] },
      { name: '溶剂仓库', kind: 'storage', facility: 'warehouse', p: 0.5, pick: [1, 3], lines: [
        L('cyclohexane', 't', drum, [10, 120], '0.156'), L('solventNaphtha', 't', drum, [10, 120], '0.15'), L('styrene', 't', drum, [10, 100], '0.18'),
      ] },
    ],
  },
  {
    key: 'gases', industry: '工业气体制造', activities: ['production', 'storage', 'trade'], nameStyle: 'company', words: ['气体', '工业气体', '特种气体'],
    licences: ['safety_production', 'hazchem_trade'], scope: '氧[压缩的或液化的]、乙炔[溶于介质的]、氢、氨、液化石油气（充装、经营）', staff: [10, 80], processes: [],
    weights: { park: 2, urban: 1, rural: 2, forest: 0 },
    units: [
      { name: '液氧储罐区', kind: 'storage', facility: 'tank_farm', p: 0.6, lines: [L('oxygen', 'm3', '低温储罐', [1, 3], '50')] },
      { name: '气瓶库', kind: 'storage', facility: 'warehouse', pick: [2, 4], lines: [
        L('acetylene', 'kg', '40L溶解乙炔钢瓶', [20, 200], '7'), L('hydrogen', 'kg', '40L钢瓶', [40, 300], '0.6'), L('ammonia', 'kg', '400L钢瓶', [2, 20], '400', { p: 0.4 }),
        L('chlorine', 'kg', '1吨液氯钢瓶', [1, 4], '1000', { p: 0.2 }), L('lpg', 'kg', '50kg钢瓶', [20, 200], '50', { p: 0.5 }),
      ] },
    ],
  },
  {
    key: 'lpg', industry: '燃气生产和供应业', activities: ['storage', 'trade'], nameStyle: 'lpg', words: ['燃气'], licences: ['hazchem_trade', 'other'],
    scope: '液化石油气（带储存设施经营）', staff: [10, 40], processes: [], weights: { park: 0, urban: 1, rural: 2, forest: 0 },
    units: [
      { name: '液化石油气储罐区', kind: 'storage', facility: 'tank_farm', lines: [L('lpg', 'm3', '卧式储罐', [1, 3], '50')] },
      { name: '钢瓶库', kind: 'storage', facility: 'warehouse', p: 0.7, lines: [L('lpg', 'kg', '15kg钢瓶', [100, 1500], '14.5')] },
    ],
  },
  {
    key: 'water', industry: '水的生产和供应业', activities: ['use'], nameStyle: 'water', words: ['水务'], licences: ['safe_use'],
    scope: '氯（使用，水消毒）', staff: [15, 80], processes: [], weights: { park: 0, urban: 1, rural: 1, forest: 2 },
    units: [{ name: '加氯间', kind: 'storage', facility: 'warehouse', lines: [L('chlorine', 'kg', '1吨液氯钢瓶', [1, 6], '1000')] }],
  },
  {
    key: 'plating', industry: '金属表面处理及热处理加工', activities: ['use'], nameStyle: 'company', words: ['表面处理', '电镀', '五金制品', '金属制品'],
    licences: ['safe_use'], scope: '氰化钠、过氧化氢溶液（使用）', staff: [15, 120], processes: [], weights: { park: 1, urban: 1, rural: 2, forest: 0 },
    units: [{ name: '电镀车间', kind: 'production', facility: 'process', pick: [1, 3], lines: [
      L('sodiumCyanide', 'kg', '50kg铁桶', [2, 40], '50'), L('hydrogenPeroxide', 't', '30kg塑料桶', [20, 200], '0.03'), L('aceticAcid', 't', '25kg塑料桶', [10, 80], '0.025'),
    ] }],
  },
  {
    key: 'warehousing', industry: '危险化学品仓储', activities: ['storage', 'trade'], nameStyle: 'company', words: ['仓储', '物流', '化工仓储'],
    licences: ['hazchem_trade'], scope: '易燃液体、氧化性物质（仓储经营）', staff: [10, 60], processes: [], weights: { park: 2, urban: 0, rural: 1, forest: 0 },
    units: ['甲类仓库一', '甲类仓库二', '乙类仓库'].map((name, i): UnitTemplate => ({ name, kind: 'storage', facility: 'warehouse', p: i === 0 ? 1 : 0.5, pick: [3, 7], lines: [
      L('methanol', 't', drum, [100, 1500], '0.158'), L('acetone', 't', drum, [50, 800], '0.158'), L('toluene', 't', drum, [50, 800], '0.173'),
      L('ethylAcetate', 't', drum, [50, 800], '0.18'), L('mek', 't', drum, [50, 600], '0.165'), L('isopropanol', 't', drum, [50, 600], '0.16'),
      L('thf', 't', drum, [20, 300], '0.178'), L('sodiumChlorate', 't', '50kg编织袋（托）', [5, 60], '1'), L('ammoniumNitrate', 't', '25kg编织袋（托）', [5, 60], '1', { p: 0.1 }),
      L('nitrocellulose', 'kg', '25kg纸板桶', [40, 800], '25', { p: 0.2 }),
    ] })),
  },
];

export const profileByKey = (key: string): Profile => {
  const p = PROFILES.find((x) => x.key === key);
  if (!p) throw new Error(`demo profile ${key}?`);
  return p;
};
