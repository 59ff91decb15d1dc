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
  INSPECTION_PLAN_INVALID: m('检查计划有误，请按提示修改', 'The inspection plan has problems; see each field.'),
  PLAN_YEAR_RANGE: m('“{field}”须为 {min} 至 {max} 年', '“{field}” must be a year from {min} to {max}.'),
  PLAN_FIELD_REQUIRED: m('请填写“{field}”', 'Please fill in “{field}”.'),
  PLAN_FIELD_TOO_LONG: m('“{field}”最多 {max} 个字', '“{field}” may have at most {max} characters.'),
  PLAN_KIND_UNKNOWN: m('未知的计划类型“{value}”（双随机抽查 double_random / 重点检查 key / 专项检查 special）', 'Unknown plan kind “{value}” (double_random, key or special).'),
  PLAN_NUMBER_RANGE: m('“{field}”须为 {min} 至 {max} 的整数', '“{field}” must be a whole number from {min} to {max}.'),
  PLAN_TERRITORIES_INVALID: m('“{field}”须为镇街编号列表', '“{field}” must be a list of territory ids.'),
  PLAN_TERRITORY_UNKNOWN: m('“{field}”：{value} 不是您可以安排检查的镇街', '“{field}”: {value} is not a territory you may plan inspections for.'),
  PLAN_WEIGHT_RANGE: m('权重“{field}”须为 {min} 至 {max} 的数', 'The weight “{field}” must be a number from {min} to {max}.'),
  INSPECTION_PLAN_NOT_DRAFT: m('计划已发布，不能再修改', 'The plan is published and can no longer be changed.'),
  INSPECTION_DRAW_POOL_EMPTY: m('计划范围内没有可抽取的在营企业', 'There are no operating enterprises to draw from within the plan.'),
  INSPECTION_DRAW_ALREADY_PUBLISHED: m('该抽取结果已发布', 'This draw is already published.'),
  INSPECTION_DRAW_ENTERPRISE_GONE: m('抽中的企业 {enterpriseId} 已不存在，请重新抽取', 'The drawn enterprise {enterpriseId} no longer exists; make a new draw.'),
  INSPECTION_TEMPLATE_MISSING: m('没有适用于“{enterpriseType}”类企业的启用检查表，请先在检查表管理中建立', 'There is no active checklist for enterprise type “{enterpriseType}”; create one first.'),
  INSPECTION_DRAW_ALGORITHM_UNKNOWN: m('本系统无法复核算法“{algorithm}”的抽取结果', 'This platform cannot re-run draws of algorithm “{algorithm}”.'),
  INSPECTOR_CONFLICT_INVALID: m('回避关系有误，请按提示修改', 'The conflict of interest has problems; see each field.'),
  CONFLICT_ENTERPRISE_UNKNOWN: m('所选企业不存在或不在您的管辖范围内', 'The enterprise does not exist or is outside your jurisdiction.'),
  CONFLICT_INSPECTOR_UNKNOWN: m('所选人员不是本区的执法检查人员', 'That person is not an inspector of this district.'),
  CONFLICT_REASON_REQUIRED: m('请填写回避理由', 'Please give the reason for the conflict of interest.'),
  INSPECTOR_CONFLICT_EXISTS: m('该检查人员与该企业的回避关系已登记', 'This conflict of interest is already recorded.'),
};
