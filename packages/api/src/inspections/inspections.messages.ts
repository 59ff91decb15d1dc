// Error messages of H2 inspections, sync, photos, merged in shared/messages.ts. Detail codes (one per field) too.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const inspectionsMessages: MessageTable = {
  INSPECTION_ID_INVALID: m('检查记录编号须为 8–64 位字母、数字、短横线或下划线', 'The inspection id must be 8–64 letters, digits, dashes or underscores.'),
  INSPECTION_ID_TAKEN: m('该检查记录编号已被另一条记录使用', 'This inspection id is already used by another record.'),
  INSPECTION_DATE_INVALID: m('日期“{value}”无效（格式 YYYY-MM-DD）', 'The date “{value}” is not valid (YYYY-MM-DD).'),
  INSPECTION_ENTERPRISE_UNKNOWN: m('所选企业不存在或不在您的管辖范围内', 'The enterprise does not exist or is outside your jurisdiction.'),
  INSPECTION_TEMPLATE_UNKNOWN: m('所选检查表不存在或已停用', 'The checklist does not exist or has been retired.'),
  INSPECTION_TEMPLATE_NONE: m('该类企业（{type}）还没有启用的检查表，请先选择检查表', 'There is no active checklist for this kind of enterprise ({type}); choose one.'),
  INSPECTION_PLAN_UNKNOWN: m('所选检查计划不存在或不在您的管辖范围内', 'The inspection plan does not exist or is outside your jurisdiction.'),
  INSPECTION_INSPECTOR_UNKNOWN: m('所选检查人员不存在、已停用或不是执法人员', 'The inspector does not exist, is inactive or is not an enforcement officer.'),
  INSPECTION_SUBMITTED: m('检查记录已提交，不能再修改', 'The inspection has been submitted and can no longer be changed.'),
  INSPECTION_CANCELLED: m('检查已取消', 'The inspection has been cancelled.'),
  INSPECTION_ITEM_UNKNOWN: m('检查项“{value}”不属于本次检查使用的检查表', 'The item “{value}” is not on this inspection’s checklist.'),
  INSPECTION_ITEM_TWICE: m('检查项“{value}”在同一次同步中出现了两次', 'The item “{value}” appears twice in one operation.'),
  INSPECTION_OUTCOME_UNKNOWN: m('未知的检查结论“{value}”（合格 / 不合格 / 不涉及）', 'Unknown outcome “{value}” (pass / fail / not applicable).'),
  INSPECTION_SYNC_TIME_INVALID: m('时间“{value}”无效（ISO 8601 格式）', 'The time “{value}” is not valid (ISO 8601).'),
  INSPECTION_SYNC_BASE_VERSION_INVALID: m('同步所依据的版本 {value} 无效（记录当前为第 {version} 版）', 'The base version {value} is not valid (the record is at version {version}).'),
  INSPECTION_SYNC_OP_REUSED: m('该同步操作编号已被另一用户使用', 'This operation id was already used by another user.'),
  INSPECTION_SYNC_TOO_MANY: m('一次最多同步 {max} 项操作', 'At most {max} operations per sync.'),
  INSPECTION_INCOMPLETE: m('还有 {missing} 个检查项未填写结论（共 {total} 项），不能提交', '{missing} of {total} items have no outcome yet: the inspection cannot be submitted.'),
  INSPECTION_ITEM_UNANSWERED: m('第 {item} 项未填写结论', 'Item {item} has no outcome.'),
  INSPECTION_REPRESENTATIVE_REQUIRED: m('提交前须由企业现场负责人确认并填写姓名', 'The enterprise’s representative must confirm and give their name before submitting.'),
};
