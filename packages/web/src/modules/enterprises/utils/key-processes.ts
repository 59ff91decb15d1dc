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

/** Common industries of the district's hazardous chemical enterprises, offered as suggestions (free text is kept). */
export const industrySuggestions: readonly { zh: string; en: string }[] = [
  { zh: '化工', en: 'Chemicals' },
  { zh: '医药', en: 'Pharmaceuticals' },
  { zh: '危险化学品经营', en: 'Hazardous chemicals trade' },
  { zh: '加油站', en: 'Filling station' },
  { zh: '燃气', en: 'Gas supply' },
  { zh: '仓储物流', en: 'Warehousing and logistics' },
  { zh: '电子', en: 'Electronics' },
  { zh: '金属制品', en: 'Metal products' },
  { zh: '食品', en: 'Food' },
  { zh: '水务', en: 'Water' },
];

export const contactDuties: readonly { zh: string; en: string }[] = [
  { zh: '主要负责人', en: 'Principal' },
  { zh: '安全负责人', en: 'Safety manager' },
  { zh: '技术负责人', en: 'Technical manager' },
  { zh: '安全管理员', en: 'Safety officer' },
  { zh: '应急联系人', en: 'Emergency contact' },
];
