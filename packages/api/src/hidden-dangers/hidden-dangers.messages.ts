// Error messages of H3 hidden dangers, merged in shared/messages.ts. Detail codes (one per field problem) are here too:
// the form shows each beside its field.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const hiddenDangersMessages: MessageTable = {
  FINDING_ENTERPRISE_UNKNOWN: m('所选企业不存在或不在您的管辖范围内', 'The enterprise does not exist or is outside your jurisdiction.'),
  FINDING_DESCRIPTION_REQUIRED: m('请填写隐患描述', 'Please describe the hidden danger.'),
  FINDING_CATEGORY_REQUIRED: m('请选择隐患类别（排查领域）', 'Please choose the category (area of investigation).'),
  FINDING_DEADLINE_REQUIRED: m('请填写整改期限', 'Please enter the rectification deadline.'),
  FINDING_DEADLINE_INVALID: m('整改期限“{value}”不是有效日期（格式 YYYY-MM-DD）', 'The deadline “{value}” is not a valid date (YYYY-MM-DD).'),
  FINDING_DEADLINE_PAST: m('整改期限 {value} 早于今天（{today}）', 'The deadline {value} is before today ({today}).'),
  FINDING_DEADLINE_NOT_LATER: m('新的整改期限 {value} 须晚于原期限 {deadline}', 'The new deadline {value} must be later than the current one ({deadline}).'),
  FINDING_DATE_INVALID: m('日期“{value}”无效（格式 YYYY-MM-DD）', 'The date “{value}” is not valid (YYYY-MM-DD).'),
  FINDING_CRITERION_UNKNOWN: m('未知的重大隐患判定标准“{value}”', 'Unknown major-hidden-danger criterion “{value}”.'),
  FINDING_MAJOR_NEEDS_CRITERION: m('重大隐患须选择至少一条判定标准', 'A major hidden danger needs at least one criterion.'),
  FINDING_PLAN_REQUIRED: m('请填写整改方案（措施、资金、责任人、时限）', 'Please enter the rectification plan (measures, funds, person, time).'),
  FINDING_RESPONSIBLE_REQUIRED: m('请填写整改责任人', 'Please enter the person responsible for the rectification.'),
  FINDING_FUNDS_INVALID: m('整改资金“{value}”须为金额（元，最多两位小数）', 'Funds “{value}” must be an amount in yuan (at most two decimals).'),
  FINDING_EVIDENCE_REQUIRED: m('请先上传至少一份整改证据（照片或文件）', 'Upload at least one piece of rectification evidence (photo or file) first.'),
  FINDING_EVIDENCE_NOT_NOW: m('隐患当前状态（{status}）下不能上传此类材料', 'This kind of evidence cannot be added while the hidden danger is {status}.'),
  FINDING_NOTE_REQUIRED: m('请填写意见或理由', 'Please enter a note or reason.'),
  FINDING_TRANSITION_NOT_ALLOWED: m('隐患当前状态（{status}）不允许此操作（{action}）', 'The hidden danger is {status}: the action {action} is not allowed now.'),
  FINDING_VERSION_CONFLICT: m('该隐患已被他人修改，请刷新后重试', 'Someone else changed this hidden danger: reload and try again.'),
  FINDING_NOT_MAJOR: m('只有重大隐患可以挂牌督办', 'Only a major hidden danger can be put under listed supervision.'),
};
