// Error messages of H4 blacklist and portal, merged in shared/messages.ts. Detail codes (one per field problem) are
// here too: the form shows each beside its field.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const blacklistMessages: MessageTable = {
  BLACKLIST_PARTY_KIND_UNKNOWN: m('未知的对象类型“{value}”', 'Unknown party kind “{value}”.'),
  BLACKLIST_ENTERPRISE_UNKNOWN: m('所选企业不存在或不在您的管辖范围内', 'The enterprise does not exist or is outside your jurisdiction.'),
  BLACKLIST_PERSON_NAME_REQUIRED: m('请填写人员姓名', 'Please enter the person’s name.'),
  BLACKLIST_ID_NUMBER_REQUIRED: m('请填写身份证号码', 'Please enter the ID number.'),
  BLACKLIST_ID_NUMBER_INVALID: m('身份证号码无效（GB 11643：{problem}）', 'The ID number is not valid (GB 11643: {problem}).'),
  BLACKLIST_CRITERIA_REQUIRED: m('请至少选择一项纳入条件', 'Choose at least one listing criterion.'),
  BLACKLIST_CRITERION_UNKNOWN: m('未知的纳入条件“{value}”', 'Unknown listing criterion “{value}”.'),
  BLACKLIST_REASON_REQUIRED: m('请填写失信行为', 'Please describe the conduct.'),
  BLACKLIST_TEXT_TOO_LONG: m('内容最多 {max} 个字', 'At most {max} characters.'),
  BLACKLIST_CASE_UNKNOWN: m('所引案件不存在或不属于该企业', 'The case does not exist or is not this enterprise’s.'),
  BLACKLIST_ACTION_UNKNOWN: m('未知的操作“{value}”', 'Unknown action “{value}”.'),
  BLACKLIST_TRANSITION_NOT_ALLOWED: m('名单处于“{status}”状态，不能执行“{action}”', 'An entry in status “{status}” does not allow “{action}”.'),
  BLACKLIST_VERSION_CONFLICT: m('该名单记录已被他人修改，请刷新后重试', 'Someone else changed this entry: reload and try again.'),
  BLACKLIST_SAME_PERSON: m('审核人不能是提出人（双人审核）', 'The reviewer may not be the person who proposed it (four eyes).'),
  BLACKLIST_COMMENT_REQUIRED: m('请填写意见', 'Please enter a comment.'),
  BLACKLIST_NOTE_REQUIRED: m('请填写说明', 'Please enter a note.'),
  BLACKLIST_DECISION_NO_REQUIRED: m('请填写决定书文号', 'Please enter the decision number.'),
  BLACKLIST_DURATION_RANGE: m('名单期限须为 {min} 至 {max} 个月的整数', 'The listing period must be a whole number of months from {min} to {max}.'),
  BLACKLIST_DEPARTMENTS_REQUIRED: m('请至少选择一个联合惩戒部门', 'Choose at least one department for the joint punishment.'),
  BLACKLIST_DEPARTMENT_UNKNOWN: m('所选部门不存在或不是职能部门', 'The department does not exist or is not a department.'),
  BLACKLIST_MEASURES_REQUIRED: m('请填写请各部门采取的惩戒措施', 'Please enter the measures asked of the departments.'),
  BLACKLIST_RESPONSE_REQUIRED: m('请填写本部门采取的措施', 'Please enter what your department did.'),
  BLACKLIST_NOTICE_ACKNOWLEDGED: m('该通报已签收', 'This notice has already been acknowledged.'),
};
