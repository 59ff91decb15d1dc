// The chemicals the demo enterprises hold, as an inventory line would record them. Table 1 substances carry the
// row a user would have picked in the catalog search (table1Serial); the others are outside Table 1 with the
// GB 30000 hazard categories a user would enter (Table 2 symbols). Every substance carries its category symbols
// because grading needs a β from Table 4 for anything outside Table 3 (beta.ts). The categories are the usual GHS
// classifications of the pure substance (e.g. 甲醇 易燃液体类别2 → W5.3, 汽油 类别1 → W5.1, 液氨 Table 3); densities
// are typical liquid densities in t/m³ for volumes in tanks. A few entries are deliberately incomplete, as real
// declarations are: 硝化棉 without its Table 1 row, bare 甲醛 (the row is 甲醛(含量>90%)), a thinner whose
// categories nobody has looked up yet.
export type DemoChemical = {
  name: string;
  cas: string | null;
  /** A Table 1 row picked by the user; null: outside Table 1 or (for the incomplete ones) not chosen yet. */
  serial: number | null;
  outside: boolean;
  symbols: string | null;
  state: 'solid' | 'liquid' | 'gas' | 'liquefied_gas';
  /** t/m3, for quantities given in m³. */
  density?: string;
};

const t1 = (serial: number, name: string, cas: string | null, symbols: string, state: DemoChemical['state'], density?: string): DemoChemical =>
  ({ name, cas, serial, outside: false, symbols, state, ...(density ? { density } : {}) });
const out = (name: string, cas: string | null, symbols: string | null, state: DemoChemical['state'], density?: string): DemoChemical =>
  ({ name, cas, serial: null, outside: true, symbols, state, ...(density ? { density } : {}) });

export const DEMO_CHEMICALS = {
  gasoline: t1(66, '汽油', '86290-81-5', 'W5.1', 'liquid', '0.73'),
  methanol: t1(65, '甲醇', '67-56-1', 'W5.3', 'liquid', '0.791'),
  ethanol: t1(67, '乙醇', '64-17-5', 'W5.3', 'liquid', '0.789'),
  acetone: t1(59, '丙酮', '67-64-1', 'W5.3', 'liquid', '0.788'),
  toluene: t1(64, '甲苯', '108-88-3', 'W5.3', 'liquid', '0.866'),
  ethylAcetate: t1(69, '乙酸乙酯', '141-78-6', 'W5.3', 'liquid', '0.902'),
  benzene: t1(57, '苯', '71-43-2', 'W5.3', 'liquid', '0.879'),
  hexane: t1(70, '正己烷', '110-54-3', 'W5.3', 'liquid', '0.659'),
  cyclohexane: t1(62, '环己烷', '110-82-7', 'W5.3', 'liquid', '0.779'),
  styrene: t1(58, '苯乙烯', '100-42-5', 'W5.4', 'liquid', '0.906'),
  ether: t1(68, '乙醚', '60-29-7', 'W5.1', 'liquid', '0.713'),
  carbonDisulfide: t1(61, '二硫化碳', '75-15-0', 'W5.1', 'liquid', '1.26'),
  acrylonitrile: t1(60, '丙烯腈', '107-13-1', 'W5.3', 'liquid', '0.806'),
  propyleneOxide: t1(63, '1,2-环氧丙烷', '75-56-9', 'W5.1', 'liquid', '0.83'),
  lpg: t1(52, '液化石油气', '68476-85-7', 'W2', 'liquefied_gas', '0.55'),
  naturalGas: t1(49, '天然气', '8006-14-2', 'W2', 'liquefied_gas', '0.45'),
  hydrogen: t1(51, '氢气', '1333-74-0', 'W2', 'gas'),
  acetylene: t1(54, '乙炔', '74-86-2', 'W2', 'gas'),
  oxygen: t1(56, '液氧', '7782-44-7', 'W4', 'liquefied_gas', '1.14'),
  ammonia: t1(1, '液氨', '7664-41-7', 'W2,J3', 'liquefied_gas', '0.617'),
  chlorine: t1(12, '液氯', '7782-50-5', 'W4,J3', 'liquefied_gas', '1.47'),
  sulfurDioxide: t1(4, '二氧化硫', '7446-09-5', 'J3', 'liquefied_gas', '1.46'),
  ethyleneOxide: t1(7, '环氧乙烷', '75-21-8', 'W2,J3', 'liquefied_gas', '0.882'),
  tdi: t1(23, '甲苯二异氰酸酯', '26471-62-5', 'J5', 'liquid', '1.22'),
  nitrocellulose: t1(41, '硝化棉', '9004-70-0', 'W10', 'solid'), // row 41: 硝化纤维素(含水≥25%)
  ammoniumNitrate: t1(44, '硝酸铵', '6484-52-2', 'W9.2', 'solid'), // row 44: 含可燃物≤0.2%
  sodiumChlorate: t1(79, '氯酸钠', '7775-09-9', 'W9.1', 'solid'),
  potassiumNitrate: t1(46, '硝酸钾', '7757-79-1', 'W9.2', 'solid'),
  calciumCarbide: t1(83, '电石', '75-20-7', 'W11', 'solid'),
  sodium: t1(85, '金属钠', '7440-23-5', 'W11', 'solid'),
  peraceticAcid: t1(71, '过氧乙酸', '79-21-0', 'W7.2', 'liquid', '1.15'),

  xylene: out('二甲苯', '1330-20-7', 'W5.4', 'liquid', '0.86'),
  mek: out('2-丁酮', '78-93-3', 'W5.3', 'liquid', '0.805'),
  butylAcetate: out('乙酸正丁酯', '123-86-4', 'W5.4', 'liquid', '0.88'),
  isopropanol: out('异丙醇', '67-63-0', 'W5.3', 'liquid', '0.786'),
  thf: out('四氢呋喃', '109-99-9', 'W5.3', 'liquid', '0.889'),
  diesel: out('柴油[闭杯闪点≤60℃]', '68334-30-5', 'W5.4', 'liquid', '0.84'),
  solventNaphtha: out('溶剂油', null, 'W5.3', 'liquid', '0.75'),
  sodiumCyanide: out('氰化钠', '143-33-9', 'J2', 'solid'),
  hydrogenPeroxide: out('过氧化氢溶液[含量>8%]', '7722-84-1', 'W9.2', 'liquid', '1.11'),
  aceticAcid: out('乙酸[含量>80%]', '64-19-7', 'W5.4', 'liquid', '1.05'),
  dichloroethane: out('1,2-二氯乙烷', '107-06-2', 'W5.3', 'liquid', '1.25'),
  butanol: out('正丁醇', '71-36-3', 'W5.4', 'liquid', '0.81'),
  acrylicAcid: out('丙烯酸[稳定的]', '79-10-7', 'W5.4', 'liquid', '1.05'),
  alkydPaint: out('醇酸调和漆', null, 'W5.4', 'liquid', '1.2'),
  thinner: out('天那水（香蕉水）', null, 'W5.3', 'liquid', '0.87'),

  // deliberately incomplete (the UI's 'incomplete' state)
  nitrocelluloseUnchosen: { name: '硝化棉', cas: '9004-70-0', serial: null, outside: false, symbols: 'W10', state: 'solid' },
  formaldehydeBare: { name: '甲醛', cas: '50-00-0', serial: null, outside: false, symbols: null, state: 'liquid', density: '1.09' },
  thinnerUnclassified: out('稀释剂（成分待核实）', null, null, 'liquid', '0.87'),
  methanolNoCategories: { name: '甲醇', cas: '67-56-1', serial: 65, outside: false, symbols: null, state: 'liquid', density: '0.791' },
} as const satisfies Record<string, DemoChemical>;

export type DemoChemicalKey = keyof typeof DEMO_CHEMICALS;

/** Fillers for a unit that must hold more distinct lines than its template lists (the benchmark's 10 per unit). */
export const FILLER_CHEMICALS: readonly DemoChemicalKey[] = [
  'methanol', 'ethanol', 'acetone', 'toluene', 'ethylAcetate', 'xylene', 'mek', 'butylAcetate', 'isopropanol', 'thf',
  'hexane', 'cyclohexane', 'styrene', 'aceticAcid', 'butanol', 'dichloroethane', 'solventNaphtha', 'hydrogenPeroxide',
];
