// A risk point as the printed documents show it: the stored row read into lists and Chinese labels, with the
// address its QR code opens. Lists are stored as JSON; an unreadable one prints as empty rather than failing the print.
import type { RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import { levelRank, measureKinds, riskLevels, type ControlMeasures, type MeasureKind, type RiskLevel } from '@hazgov/domain/risk/types';

export const LEVEL_NAME: Record<RiskLevel, string> = { red: '重大风险', orange: '较大风险', yellow: '一般风险', blue: '低风险' };
export const LEVEL_COLOUR_NAME: Record<RiskLevel, string> = { red: '红', orange: '橙', yellow: '黄', blue: '蓝' };
/** Text on a level's colour: white reads on red and orange, black on yellow and the light blue. */
export const LEVEL_INK: Record<RiskLevel, string> = { red: '#FFFFFF', orange: '#FFFFFF', yellow: '#000000', blue: '#000000' };
export const CONTROL_LEVEL_NAME: Record<string, string> = { company: '公司级', department: '部门（车间）级', team: '班组级', post: '岗位级' };
export const MEASURE_NAME: Record<MeasureKind, string> = {
  engineering: '工程技术措施', management: '管理措施', training: '培训教育措施', ppe: '个体防护措施', emergency: '应急处置措施',
};
export const STATUS_NAME: Record<string, string> = { controlled: '受控', attention: '需关注', out_of_control: '失控' };
export const KIND_NAME: Record<string, string> = {
  enterprise: '企业', site: '厂区（场所）', unit: '生产/储存单元', pipeline_segment: '管道段', filling_station: '加油（气）站', station: '场站', warehouse_area: '仓储区',
};

export type PrintedPoint = {
  id: string;
  name: string;
  kind: string;
  level: RiskLevel;
  location: string | null;
  posts: string[];
  hazardFactors: string[];
  accidentTypes: string[];
  measures: ControlMeasures;
  controlLevel: string;
  responsibleDepartment: string;
  responsiblePerson: string;
  responsiblePhone: string | null;
  emergencyText: string | null;
  status: string;
  ownerName: string; // the enterprise, or the territory of a public place
  url: string;
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
const list = (json: string | null): string[] => {
  try { return strings(JSON.parse(json ?? '[]')); } catch { return []; }
};

function measuresOf(json: string): ControlMeasures {
  let v: Record<string, unknown> = {};
  try { const parsed: unknown = JSON.parse(json); if (parsed && typeof parsed === 'object') v = parsed as Record<string, unknown>; } catch { /* empty */ }
  return Object.fromEntries(measureKinds.map((k) => [k, strings(v[k])])) as ControlMeasures;
}

const levelOf = (row: RiskPointView): RiskLevel => {
  const l = row.override_level ?? row.computed_level ?? row.level;
  return (riskLevels as readonly string[]).includes(l) ? (l as RiskLevel) : 'red'; // an unknown level prints as the worst, never hidden
};

/** `publicUrl` without a trailing slash; the QR opens the record's page in the web app. */
export function printedPoint(row: RiskPointView, publicUrl: string): PrintedPoint {
  return {
    id: row.id, name: row.name, kind: row.kind, level: levelOf(row), location: row.location, posts: list(row.posts_json),
    hazardFactors: list(row.hazard_factors_json), accidentTypes: list(row.accident_types_json), measures: measuresOf(row.measures_json),
    controlLevel: row.control_level, responsibleDepartment: row.responsible_department, responsiblePerson: row.responsible_person,
    responsiblePhone: row.responsible_phone, emergencyText: row.emergency_text, status: row.status,
    ownerName: row.enterprise_name ?? row.territory_name, url: `${publicUrl}/risk/points/${encodeURIComponent(row.id)}`,
  };
}

/** Worst level first, then by name (the contract's order for lists of points). */
export const worstFirst = (a: PrintedPoint, b: PrintedPoint): number =>
  levelRank[a.level] - levelRank[b.level] || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);

/** Every string of a point that may be printed (to choose a font that has all of them). */
export const textsOf = (p: PrintedPoint): string[] => [
  p.name, p.location ?? '', ...p.posts, ...p.hazardFactors, ...p.accidentTypes, ...Object.values(p.measures).flat(),
  p.responsibleDepartment, p.responsiblePerson, p.responsiblePhone ?? '', p.emergencyText ?? '', p.ownerName, p.url,
];

export type ReportPhone = { label: string; phone: string };
/** Whom to call: the enterprise's contacts with a phone (safety first), then the public emergency numbers. */
export function reportPhones(contactsJson: string | null, extra: ReportPhone[] = []): ReportPhone[] {
  let contacts: { duty?: unknown; name?: unknown; phone?: unknown }[] = [];
  try { const v: unknown = JSON.parse(contactsJson ?? '[]'); if (Array.isArray(v)) contacts = v as typeof contacts; } catch { /* none */ }
  const own = contacts
    .filter((c) => typeof c.phone === 'string' && c.phone.trim() !== '')
    .map((c) => ({ label: [c.duty, c.name].filter((x) => typeof x === 'string' && x.trim() !== '').join(' '), phone: String(c.phone).trim(), safety: String(c.duty ?? '').includes('安全') }))
    .sort((a, b) => Number(b.safety) - Number(a.safety))
    .slice(0, 3)
    .map(({ label, phone }) => ({ label: label || '企业联系人', phone }));
  return [...own, ...extra, { label: '火警', phone: '119' }, { label: '急救', phone: '120' }, { label: '报警', phone: '110' }];
}

/** 2026-11-29 → 2026年11月29日 */
export const chineseDate = (isoDate: string): string => {
  const [y, m, d] = isoDate.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};
