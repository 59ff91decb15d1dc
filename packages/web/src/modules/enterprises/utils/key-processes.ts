// The 18 key supervised hazardous chemical processes (重点监管的危险化工工艺, 安监总管三〔2009〕116号 first batch
// of 15 and 〔2013〕3号 second batch of 3), offered as choices; the Chinese name is what is stored.
export const keyProcesses: readonly { zh: string; en: string }[] = [
  { zh: '光气及光气化工艺', en: 'Phosgene and phosgenation' },
  { zh: '电解工艺（氯碱）', en: 'Electrolysis (chlor-alkali)' },
  { zh: '氯化工艺', en: 'Chlorination' },
  { zh: '硝化工艺', en: 'Nitration' },
  { zh: '合成氨工艺', en: 'Ammonia synthesis' },
  { zh: '裂解（裂化）工艺', en: 'Cracking' },
  { zh: '氟化工艺', en: 'Fluorination' },
  { zh: '加氢工艺', en: 'Hydrogenation' },
  { zh: '重氮化工艺', en: 'Diazotisation' },
  { zh: '氧化工艺', en: 'Oxidation' },
  { zh: '过氧化工艺', en: 'Peroxidation' },
  { zh: '胺基化工艺', en: 'Amination' },
  { zh: '磺化工艺', en: 'Sulfonation' },
  { zh: '聚合工艺', en: 'Polymerisation' },
  { zh: '烷基化工艺', en: 'Alkylation' },
  { zh: '新型煤化工工艺', en: 'New coal chemical processes' },
  { zh: '电石生产工艺', en: 'Calcium carbide production' },
  { zh: '偶氮化工艺', en: 'Azo coupling' },
];

/** The industries (GB/T 4754 classes) the district's hazardous chemical enterprises fall in, offered as suggestions
 * and filter choices; free text is kept. */
export const industrySuggestions: readonly { zh: string; en: string }[] = [
  { zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and products' },
  { zh: '涂料制造', en: 'Paint manufacturing' },
  { zh: '工业气体制造', en: 'Industrial gases' },
  { zh: '医药制造业', en: 'Pharmaceuticals' },
  { zh: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
  { zh: '金属表面处理及热处理加工', en: 'Metal surface and heat treatment' },
  { zh: '危险化学品批发', en: 'Hazardous chemicals wholesale' },
  { zh: '危险化学品仓储', en: 'Hazardous chemicals warehousing' },
  { zh: '加油站', en: 'Filling stations' },
  { zh: '燃气生产和供应业', en: 'Gas production and supply' },
  { zh: '水的生产和供应业', en: 'Water production and supply' },
];

export const contactDuties: readonly { zh: string; en: string }[] = [
  { zh: '主要负责人', en: 'Principal' },
  { zh: '安全负责人', en: 'Safety manager' },
  { zh: '技术负责人', en: 'Technical manager' },
  { zh: '安全管理员', en: 'Safety officer' },
  { zh: '应急联系人', en: 'Emergency contact' },
];
