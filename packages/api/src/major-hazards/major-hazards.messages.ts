// Error codes of the major-hazards context in both UI languages. Merged into the platform table by shared/messages.ts.
// (The calculator's line problems use the INVENTORY_* codes of enterprises.messages.ts: the same check as the PUT.)
import type { Message } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const majorHazardsMessages: Record<string, Message> = {
  REGISTER_INVALID: m('登记信息有误，请检查标出的字段', 'The register entry has errors; please check the marked fields.'),
  REGISTER_DATE_INVALID: m('备案日期“{value}”不是有效日期（格式 YYYY-MM-DD）', 'Filing date “{value}” is not a valid date (YYYY-MM-DD).'),
  REGISTER_FILING_NUMBER_REQUIRED: m('状态为“已备案”时须填写备案编号', 'A filing number is required when the status is “filed”.'),
  REGISTER_PHONE_INVALID: m('电话“{value}”格式不正确', 'Phone number “{value}” is not valid.'),
  POPULATION_INVALID: m('周边 500 米人数须为不小于 0 的整数', 'The population within 500 m must be a whole number ≥ 0.'),
  MONITORING_GRADES_INCOMPLETE: m('须提交一级至四级全部等级的要求（缺少：{grades}）', 'All four grades must be given (missing: {grades}).'),
  MONITORING_REQUIREMENT_EMPTY: m('{grade}级的第 {row} 条要求没有中文内容', 'Requirement {row} of grade {grade} has no Chinese text.'),
};
