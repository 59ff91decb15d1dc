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
};
