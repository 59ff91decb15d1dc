// The enterprise workbook: one layout shared by the template, the export and the importer, so a downloaded
// template, an export and an import always agree on sheets, columns and the words used in drop-downs.
// Row 1 holds the Chinese header, row 2 the English one; data starts on row 3 (the template's row 3 is an
// example, marked 【示例】 in its first cell and skipped on import). Keys between sheets: the enterprise's
// 统一社会信用代码; a unit is (credit code, unit name).

export const SHEETS = {
  enterprises: { zh: '企业', en: 'Enterprises' },
  units: { zh: '生产储存单元', en: 'Units' },
  inventory: { zh: '存储物料', en: 'Inventory' },
  licences: { zh: '证照', en: 'Licences' },
} as const;
export type SheetKey = keyof typeof SHEETS;
export const SHEET_KEYS = Object.keys(SHEETS) as SheetKey[];
export const INSTRUCTIONS_SHEET = '说明';
export const OPTIONS_SHEET = '选项';
export const EXAMPLE_MARK = '【示例】';
export const FIRST_DATA_ROW = 3;

/** A choice as the workbook shows it (zh; en accepted too) and the code stored. */
export type Choice = { code: string; zh: string; en: string };

export const CHOICES = {
  activity: [
    { code: 'production', zh: '生产', en: 'production' }, { code: 'storage', zh: '储存', en: 'storage' },
    { code: 'use', zh: '使用', en: 'use' }, { code: 'trade', zh: '经营', en: 'trade' },
    { code: 'transport', zh: '运输', en: 'transport' }, { code: 'disposal', zh: '处置', en: 'disposal' },
  ],
  status: [
    { code: 'operating', zh: '在产', en: 'operating' }, { code: 'suspended', zh: '停产', en: 'suspended' },
    { code: 'closed', zh: '关闭', en: 'closed' }, { code: 'relocating', zh: '搬迁', en: 'relocating' },
  ],
  yesNo: [{ code: '1', zh: '是', en: 'yes' }, { code: '0', zh: '否', en: 'no' }],
  crs: [{ code: 'wgs84', zh: 'WGS-84', en: 'WGS-84' }, { code: 'gcj02', zh: 'GCJ-02', en: 'GCJ-02' }],
  unitKind: [{ code: 'production', zh: '生产单元', en: 'production' }, { code: 'storage', zh: '储存单元', en: 'storage' }],
  facility: [
    { code: 'tank_farm', zh: '罐区', en: 'tank farm' }, { code: 'warehouse', zh: '库区', en: 'warehouse' },
    { code: 'process', zh: '生产装置', en: 'process' }, { code: 'other', zh: '其他', en: 'other' },
  ],
  quantityUnit: [{ code: 't', zh: 't', en: 't' }, { code: 'kg', zh: 'kg', en: 'kg' }, { code: 'm3', zh: 'm3', en: 'm3' }],
  densityUnit: [{ code: 't/m3', zh: 't/m3', en: 't/m3' }, { code: 'kg/m3', zh: 'kg/m3', en: 'kg/m3' }],
  physicalState: [
    { code: 'solid', zh: '固态', en: 'solid' }, { code: 'liquid', zh: '液态', en: 'liquid' },
    { code: 'gas', zh: '气态', en: 'gas' }, { code: 'liquefied_gas', zh: '液化气体', en: 'liquefied gas' },
  ],
  licenceKind: [
    { code: 'safety_production', zh: '安全生产许可证', en: 'safety production licence' },
    { code: 'hazchem_trade', zh: '危险化学品经营许可证', en: 'hazardous chemicals trade licence' },
    { code: 'safe_use', zh: '危险化学品安全使用许可证', en: 'safe use licence' },
    { code: 'registration', zh: '危险化学品登记证', en: 'registration certificate' },
    { code: 'other', zh: '其他', en: 'other' },
  ],
} as const satisfies Record<string, readonly Choice[]>;
export type ChoiceList = keyof typeof CHOICES;

/** Where a drop-down takes its values: a fixed choice list, or the user's territories / grid cells. */
export type ListSource = ChoiceList | 'territory' | 'grid';

export type ColumnDef = {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
  list?: ListSource;
  /** Excel shows a warning but accepts other text (several activities separated by commas). */
  listLoose?: boolean;
  width: number;
  /** date cells are written as real dates */
  date?: boolean;
};

const c = (key: string, zh: string, en: string, width: number, extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, zh, en, width, ...extra });

export const COLUMNS: Record<SheetKey, readonly ColumnDef[]> = {
  enterprises: [
    c('name', '企业名称', 'Name', 30, { required: true }),
    c('uscc', '统一社会信用代码', 'Unified social credit code', 22, { required: true }),
    c('territory', '所属镇街', 'Territory', 14, { required: true, list: 'territory' }),
    c('grid', '所属网格', 'Grid cell', 18, { list: 'grid' }),
    c('legalRepresentative', '法定代表人', 'Legal representative', 12),
    c('address', '地址', 'Address', 30),
    c('lng', '经度', 'Longitude', 12),
    c('lat', '纬度', 'Latitude', 12),
    c('crs', '坐标系', 'Coordinate system', 10, { list: 'crs' }),
    c('industry', '行业', 'Industry', 14),
    c('activities', '经营活动', 'Activities', 16, { required: true, list: 'activity', listLoose: true }),
    c('status', '经营状态', 'Status', 10, { required: true, list: 'status' }),
    c('inChemicalPark', '是否在化工园区', 'In a chemical park', 10, { list: 'yesNo' }),
    c('chemicalPark', '化工园区名称', 'Chemical park', 16),
    c('staffCount', '从业人数', 'Staff', 10),
    c('contacts', '联系人（职务 姓名 电话；…）', 'Contacts (duty name phone; …)', 36),
    c('keyProcesses', '重点监管危险化工工艺', 'Key supervised processes', 24),
  ],
  units: [
    c('uscc', '统一社会信用代码', 'Unified social credit code', 22, { required: true }),
    c('name', '单元名称', 'Unit name', 20, { required: true }),
    c('kind', '单元类型', 'Unit kind', 10, { required: true, list: 'unitKind' }),
    c('facility', '设施类型', 'Facility', 10, { list: 'facility' }),
    c('site', '所属厂区', 'Site', 16),
    c('lng', '经度', 'Longitude', 12),
    c('lat', '纬度', 'Latitude', 12),
    c('crs', '坐标系', 'Coordinate system', 10, { list: 'crs' }),
    c('population', '周边500米人数', 'People within 500 m', 12),
  ],
  inventory: [
    c('uscc', '统一社会信用代码', 'Unified social credit code', 22, { required: true }),
    c('unit', '单元名称', 'Unit name', 20, { required: true }),
    c('chemicalName', '物质名称', 'Substance', 20, { required: true }),
    c('cas', 'CAS号', 'CAS number', 12),
    c('table1Serial', 'GB 18218表1序号', 'GB 18218 Table 1 row', 10),
    c('outsideTable1', '不在表1', 'Outside Table 1', 8, { list: 'yesNo' }),
    c('hazardSymbols', '危险性类别（表2）', 'Hazard categories (Table 2)', 16),
    c('betaSymbol', '校正系数β类别', 'β category', 12),
    c('quantity', '设计最大量', 'Design maximum quantity', 12, { required: true }),
    c('quantityUnit', '计量单位', 'Unit of measure', 8, { required: true, list: 'quantityUnit' }),
    c('density', '密度', 'Density', 8),
    c('densityUnit', '密度单位', 'Density unit', 8, { list: 'densityUnit' }),
    c('physicalState', '物理状态', 'Physical state', 10, { list: 'physicalState' }),
    c('containerType', '容器类型', 'Container', 12),
  ],
  licences: [
    c('uscc', '统一社会信用代码', 'Unified social credit code', 22, { required: true }),
    c('kind', '证照类型', 'Licence kind', 24, { required: true, list: 'licenceKind' }),
    c('number', '证书编号', 'Number', 20, { required: true }),
    c('scope', '许可范围', 'Scope', 30),
    c('issuer', '发证机关', 'Issuer', 20),
    c('issuedOn', '发证日期', 'Issued on', 12, { date: true }),
    c('expiresOn', '有效期至', 'Expires on', 12, { required: true, date: true }),
  ],
};

/** The header text of a column in a language (the required mark * is part of the Chinese header). */
export const headerText = (col: ColumnDef, lang: 'zh' | 'en'): string => (lang === 'zh' ? `${col.zh}${col.required ? '*' : ''}` : col.en);

export const columnOf = (sheet: SheetKey, key: string): ColumnDef => {
  const col = COLUMNS[sheet].find((x) => x.key === key);
  if (!col) throw new Error(`workbook-layout: no column ${sheet}.${key}`);
  return col;
};

export const choiceLabel = (list: ChoiceList, code: string | null | undefined): string =>
  (CHOICES[list] as readonly Choice[]).find((x) => x.code === code)?.zh ?? '';

/** A cell's text as a choice code: the Chinese label, the English label or the code itself, case-insensitive. */
export function choiceCode(list: ChoiceList, text: string): string | null {
  const key = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return null;
  const hit = (CHOICES[list] as readonly Choice[]).find((x) => [x.code, x.zh, x.en].some((v) => v.toLowerCase() === key));
  return hit?.code ?? null;
}
