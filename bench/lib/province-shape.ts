// The shape of the benchmark province: 21 prefecture-level cities (Guangdong's, for realistic names and codes),
// N units per city, one plan of T tasks owed by every unit, Q quarters of reports. --scale shrinks the number of
// units per city only, so the board keeps its 60 rows and the report count scales linearly.
export type ProvinceShape = {
  scale: number;
  cities: number;
  unitsPerCity: number;
  tasks: number;
  quarters: number;
  seed: number;
};

export const FULL_SHAPE = { cities: 21, unitsPerCity: 200, tasks: 60, quarters: 12 } as const;
export const DEFAULT_SEED = 20170601;

export function shapeOf(scale: number, overrides: Partial<Omit<ProvinceShape, 'scale'>> = {}): ProvinceShape {
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be in (0, 1], got ${scale}`);
  return {
    scale,
    cities: overrides.cities ?? FULL_SHAPE.cities,
    unitsPerCity: overrides.unitsPerCity ?? Math.max(1, Math.round(FULL_SHAPE.unitsPerCity * scale)),
    tasks: overrides.tasks ?? FULL_SHAPE.tasks,
    quarters: overrides.quarters ?? FULL_SHAPE.quarters,
    seed: overrides.seed ?? DEFAULT_SEED,
  };
}

/** Unit-task pairs × quarters: the number of reports owed (the generated rows are ~1 % fewer: missing reports). */
export const reportsOwed = (s: ProvinceShape): number => s.cities * s.unitsPerCity * s.tasks * s.quarters;

/** A short stable key for caches and file names. */
export const shapeKey = (s: ProvinceShape): string =>
  `c${s.cities}-u${s.unitsPerCity}-t${s.tasks}-q${s.quarters}-seed${s.seed}`;

export const CITIES: readonly { code: string; name: string; nameEn: string }[] = [
  { code: '440100', name: '广州市', nameEn: 'Guangzhou' }, { code: '440200', name: '韶关市', nameEn: 'Shaoguan' },
  { code: '440300', name: '深圳市', nameEn: 'Shenzhen' }, { code: '440400', name: '珠海市', nameEn: 'Zhuhai' },
  { code: '440500', name: '汕头市', nameEn: 'Shantou' }, { code: '440600', name: '佛山市', nameEn: 'Foshan' },
  { code: '440700', name: '江门市', nameEn: 'Jiangmen' }, { code: '440800', name: '湛江市', nameEn: 'Zhanjiang' },
  { code: '440900', name: '茂名市', nameEn: 'Maoming' }, { code: '441200', name: '肇庆市', nameEn: 'Zhaoqing' },
  { code: '441300', name: '惠州市', nameEn: 'Huizhou' }, { code: '441400', name: '梅州市', nameEn: 'Meizhou' },
  { code: '441500', name: '汕尾市', nameEn: 'Shanwei' }, { code: '441600', name: '河源市', nameEn: 'Heyuan' },
  { code: '441700', name: '阳江市', nameEn: 'Yangjiang' }, { code: '441800', name: '清远市', nameEn: 'Qingyuan' },
  { code: '441900', name: '东莞市', nameEn: 'Dongguan' }, { code: '442000', name: '中山市', nameEn: 'Zhongshan' },
  { code: '445100', name: '潮州市', nameEn: 'Chaozhou' }, { code: '445200', name: '揭阳市', nameEn: 'Jieyang' },
  { code: '445300', name: '云浮市', nameEn: 'Yunfu' },
];

export const DEPARTMENTS: readonly { name: string; nameEn: string }[] = [
  { name: '应急管理局', nameEn: 'Emergency Management Bureau' }, { name: '公安局', nameEn: 'Public Security Bureau' },
  { name: '交通运输局', nameEn: 'Transport Bureau' }, { name: '市场监督管理局', nameEn: 'Market Regulation Bureau' },
  { name: '生态环境局', nameEn: 'Ecology and Environment Bureau' }, { name: '住房和城乡建设局', nameEn: 'Housing and Construction Bureau' },
  { name: '工业和信息化局', nameEn: 'Industry and IT Bureau' }, { name: '商务局', nameEn: 'Commerce Bureau' },
  { name: '卫生健康局', nameEn: 'Health Bureau' }, { name: '消防救援大队', nameEn: 'Fire and Rescue Brigade' },
];

export const TASK_GROUPS: readonly string[] = [
  '摸清底数，建立危险化学品安全风险分布档案', '强化危险化学品全过程安全监管', '深化重点领域专项整治',
  '健全危险化学品安全监管体制机制', '提升危险化学品应急救援能力', '夯实企业安全生产主体责任',
];
