// For tests: printed risk points with every field filled, in the shape the use cases hand to the renderers.
import type { RiskLevel } from '@hazgov/domain/risk/types';
import type { PrintedPoint } from './printed-point.js';

export const BASE_URL = 'https://hazgov.example.gov.cn';

export function fixturePoint(id: string, name: string, level: RiskLevel, over: Partial<PrintedPoint> = {}): PrintedPoint {
  return {
    id, name, kind: 'unit', level, location: '储罐区东侧', posts: ['罐区操作工', '装卸工'],
    hazardFactors: ['甲醇储罐泄漏', '静电积聚'], accidentTypes: ['火灾', '爆炸', '中毒和窒息'],
    measures: {
      engineering: ['设置可燃气体检测报警仪'], management: ['执行动火作业审批'], training: ['每年开展岗位安全培训'],
      ppe: ['防静电工作服'], emergency: ['启动泄漏应急预案'],
    },
    controlLevel: 'company', responsibleDepartment: '安全环保部', responsiblePerson: '李明', responsiblePhone: '13800000001',
    emergencyText: '立即切断物料并疏散人员', status: 'controlled', ownerName: '广州温泉化工有限公司', url: `${BASE_URL}/risk/points/${id}`, ...over,
  };
}

/** The PDF's text without the line breaks and spaces the layout puts in, so phrases can be looked for whole. */
export const flat = (text: string) => text.replace(/\s+/g, '');

/** A red point whose `n` hazard factors run past one page; `printedLines(n)` are what the PDF must show of them. */
export const hugePoint = (n: number): PrintedPoint =>
  fixturePoint('p-huge', '巨型风险点', 'red', { hazardFactors: Array.from({ length: n }, (_, i) => `第${i + 1}项危险因素说明文字`) });
export const printedLines = (n: number): string[] => Array.from({ length: n }, (_, i) => `${i + 1}.第${i + 1}项危险因素说明文字`);
