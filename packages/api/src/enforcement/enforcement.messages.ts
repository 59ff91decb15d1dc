// Error messages of H4 enforcement, merged in shared/messages.ts. Detail codes (one per field problem) are here too:
// the form shows each beside its field.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const enforcementMessages: MessageTable = {
  CASE_KIND_UNKNOWN: m('未知的文书类型“{value}”', 'Unknown case kind “{value}”.'),
  CASE_ENTERPRISE_UNKNOWN: m('所选企业不存在或不在您的管辖范围内', 'The enterprise does not exist or is outside your jurisdiction.'),
  CASE_FACTS_REQUIRED: m('请填写违法事实', 'Please enter the facts of the violation.'),
  CASE_LEGAL_BASIS_REQUIRED: m('请填写法律依据', 'Please enter the legal basis.'),
  CASE_TEXT_TOO_LONG: m('内容最多 {max} 个字', 'At most {max} characters.'),
  CASE_PENALTY_KIND_UNKNOWN: m('未知的处罚种类“{value}”', 'Unknown penalty kind “{value}”.'),
  CASE_PENALTY_KINDS_REQUIRED: m('作出处罚决定须选择至少一种处罚种类', 'A penalty decision needs at least one penalty kind.'),
  CASE_AMOUNT_INVALID: m('金额“{value}”无效：以元为单位的正数，最多两位小数', 'The amount “{value}” is not valid: a positive number of yuan with at most two decimals.'),
  CASE_AMOUNT_REQUIRED: m('罚款须填写金额', 'A fine needs its amount.'),
  CASE_DEADLINE_REQUIRED: m('责令限期整改须填写整改期限', 'An order to rectify needs its deadline.'),
  CASE_DEADLINE_PAST: m('整改期限 {value} 早于今天（{today}）', 'The deadline {value} is before today ({today}).'),
  CASE_DATE_INVALID: m('日期“{value}”无效（格式 YYYY-MM-DD）', 'The date “{value}” is not valid (YYYY-MM-DD).'),
  CASE_DECIDED_ON_FUTURE: m('决定日期 {value} 不能晚于今天', 'The decision date {value} cannot be in the future.'),
  CASE_DECISION_NO_REQUIRED: m('请填写决定书文号', 'Please enter the decision number.'),
  CASE_FINDING_UNKNOWN: m('所引隐患不存在或不属于该企业', 'The hidden danger does not exist or is not this enterprise’s.'),
  CASE_INSPECTION_UNKNOWN: m('所引检查记录不存在或不属于该企业', 'The inspection does not exist or is not this enterprise’s.'),
  CASE_ACTION_UNKNOWN: m('未知的操作“{value}”', 'Unknown action “{value}”.'),
  CASE_TRANSITION_NOT_ALLOWED: m('案件处于“{status}”状态，不能执行“{action}”', 'A case in status “{status}” does not allow “{action}”.'),
  CASE_VERSION_CONFLICT: m('该案件已被他人修改，请刷新后重试', 'Someone else changed this case: reload and try again.'),
  CASE_NOT_PUBLISHABLE: m('只有已作出决定且尚未公开的行政处罚可以公开（当前：{kind}，{status}）', 'Only a decided penalty not yet published can be published (this one: {kind}, {status}).'),
};
