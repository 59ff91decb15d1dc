// Error messages of risk settings, area risk and dashboard (H2), merged in shared/messages.ts. Each detail names its
// field (the path in the settings document, e.g. bands.lec.2.min) so the form can mark it.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const riskAreasMessages: MessageTable = {
  // RISK_BANDS_INVALID also answers an assessment made with unusable stored bands (domain/risk/assessment.ts)
  RISK_BANDS_INVALID: m('风险分级标准（分值区间或风险矩阵）设置有误，请检查标出的字段', 'The risk bands (score bands or risk matrix) are not valid; please check the marked fields.'),
  RISK_AREA_RULE_INVALID: m('区域风险规则设置有误，请检查标出的字段', 'The area risk rule is not valid; please check the marked fields.'),
  RISK_FREQUENCY_INVALID: m('监管频次设置有误，请检查标出的字段', 'The supervision frequencies are not valid; please check the marked fields.'),
  RISK_BANDS_COUNT: m('{method} 分级（{field}）须恰好有 {count} 档：重大、较大、一般、低', '{method} bands ({field}) must have exactly {count} bands: red, orange, yellow, blue.'),
  RISK_BANDS_ORDER: m('{method} 分级第 {n} 档（{field}）的等级须为 {expected}：按重大、较大、一般、低的顺序排列', '{method} band {n} ({field}) must be {expected}: bands run red, orange, yellow, blue.'),
  RISK_BAND_MIN_INVALID: m('{method} 分级第 {n} 档的下限（{field}）须为不小于 0 的数', 'The minimum of {method} band {n} ({field}) must be a number ≥ 0.'),
  RISK_BANDS_NOT_DESCENDING: m('{method} 分级第 {n} 档的下限 {value}（{field}）须小于上一档的下限 {above}', 'The minimum {value} of {method} band {n} ({field}) must be below the band above it ({above}).'),
  RISK_BANDS_LOWEST_NOT_ZERO: m('{method} 分级最低一档的下限（{field}）须为 0，才能覆盖全部分值（现为 {value}）', 'The lowest {method} band ({field}) must start at 0 to cover every score (it is {value}).'),
  RISK_MATRIX_SHAPE: m('风险矩阵（{field}）须为 4×4：可能性 L1–L4 四行，严重性 S1–S4 四列', 'The risk matrix ({field}) must be 4×4: likelihood L1–L4 rows, severity S1–S4 columns.'),
  RISK_MATRIX_CELL_INVALID: m('风险矩阵 L{l}×S{s} 格（{field}）须为重大、较大、一般或低', 'Risk matrix cell L{l}×S{s} ({field}) must be red, orange, yellow or blue.'),
  RISK_BASIS_INVALID: m('依据说明（{field}）须为不超过 2000 字的文字', 'The basis ({field}) must be text of at most 2,000 characters.'),
  RISK_WEIGHT_INVALID: m('权重（{field}）须为不小于 0 的数', 'The weight ({field}) must be a number ≥ 0.'),
  RISK_THRESHOLD_INVALID: m('分级阈值（{field}）须为不小于 0 的数', 'The threshold ({field}) must be a number ≥ 0.'),
  RISK_THRESHOLDS_NOT_DESCENDING: m('分级阈值（{field}）{value} 须大于下一级的阈值 {below}（重大 > 较大 > 一般 ≥ 0）', 'The threshold ({field}) {value} must be above the next level’s ({below}): red > orange > yellow ≥ 0.'),
  RISK_FLOOR_INVALID: m('保底等级（{field}）须为重大、较大、一般或低', 'The floor ({field}) must be red, orange, yellow or blue.'),
  RISK_FREQUENCY_RANGE: m('监管频次（{field}）须为 1 至 24 之间的整数（月）', 'The supervision frequency ({field}) must be a whole number of months from 1 to 24.'),
  RISK_FREQUENCY_ORDER: m('监管频次（{field}）{value} 个月不能短于风险更高一级（{worse}）的 {worseValue} 个月', 'The supervision frequency ({field}) of {value} months cannot be shorter than that of the worse level ({worse}): {worseValue} months.'),
};
