// Error messages of H1 checklists, settings, plans, draws, merged in shared/messages.ts. Detail codes (one per field
// problem) are here too: the form shows each beside its field.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const inspectionPlansMessages: MessageTable = {
  // settings
  INSPECTION_SETTINGS_INVALID: m('检查设置有误，请按提示修改', 'The inspection settings have problems; see each field.'),
  SETTINGS_UNKNOWN_KEY: m('未知的设置项“{field}”', 'Unknown setting “{field}”.'),
  SETTINGS_OBJECT: m('“{field}”格式不正确', '“{field}” has the wrong shape.'),
  SETTINGS_CRITERIA_LIST: m('“{field}”须为 1 至 200 条标准', '“{field}” must list 1 to 200 criteria.'),
  SETTINGS_CRITERION_KEY: m('“{field}”须为 1–32 位小写字母、数字、- 或 _', '“{field}” must be 1–32 lowercase letters, digits, - or _.'),
  SETTINGS_CRITERION_KEY_DUPLICATE: m('编号“{key}”重复（{field}）', 'The key “{key}” is used twice ({field}).'),
  SETTINGS_TEXT_REQUIRED: m('请填写“{field}”（最多 {max} 字）', 'Enter “{field}” (at most {max} characters).'),
  SETTINGS_BOOLEAN: m('“{field}”须为是或否', '“{field}” must be true or false.'),
  SETTINGS_DURATION_RANGE: m('“{field}”须为 {min} 至 {max} 个月的整数', '“{field}” must be a whole number of months from {min} to {max}.'),
  SETTINGS_DAYS_RANGE: m('“{field}”须为 {min} 至 {max} 天的整数', '“{field}” must be a whole number of days from {min} to {max}.'),
  SETTINGS_ESCALATION_ORDER: m('“{field}”（{value} 天）须晚于“{before}”（{beforeValue} 天）', '“{field}” ({value} days) must come after “{before}” ({beforeValue} days).'),
  SETTINGS_PUBLIC_FIELD_LOCKED: m('“{field}”是保密字段，不能公开', '“{field}” is confidential and can never be public.'),
  // checklist templates
  CHECKLIST_INVALID: m('检查表有误，请按提示修改', 'The checklist has problems; see each field.'),
  CHECKLIST_FIELD_REQUIRED: m('请填写“{field}”', 'Please fill in “{field}”.'),
  CHECKLIST_FIELD_TOO_LONG: m('“{field}”最多 {max} 个字', '“{field}” may have at most {max} characters.'),
  CHECKLIST_ENTERPRISE_TYPE_UNKNOWN: m('未知的企业类型“{value}”（可选：{allowed}）', 'Unknown enterprise type “{value}” (allowed: {allowed}).'),
  CHECKLIST_ITEMS_COUNT: m('检查表须有 1 至 {max} 个检查项', 'A checklist needs 1 to {max} items.'),
  CHECKLIST_SEVERITY_UNKNOWN: m('“{field}”的隐患等级提示“{value}”无效（一般 general / 重大 major）', '“{field}”: unknown severity hint “{value}” (general or major).'),
  CHECKLIST_MAJOR_CRITERION_UNKNOWN: m('“{field}”：重大隐患判定标准“{value}”不存在', '“{field}”: there is no major-hidden-danger criterion “{value}”.'),
  CHECKLIST_ITEM_DUPLICATE: m('“{field}”与 {first} 的检查内容重复', '“{field}” repeats the check of {first}.'),
  CHECKLIST_TEMPLATE_RETIRED: m('该检查表（第 {version} 版）已被新版本替代，请编辑最新版本', 'This checklist (version {version}) has been replaced; edit the newest version.'),
  // plans, draws, conflicts
  INSPECTION_DRAW_SEED_INVALID: m('随机种子须为 0 至 {max} 的整数', 'The seed must be a whole number from 0 to {max}.'),
  INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS: m('企业 {enterpriseId} 可选的无回避关系检查人员只有 {free} 名，需要 {needed} 名', 'Only {free} inspectors free of conflict for enterprise {enterpriseId}; {needed} are needed.'),
};
