// Every error code the platform can answer with, in both languages the UI speaks. Contexts keep their own
// tables (plans.messages.ts) and are merged here, so the API and the CLI look a code up in one place.
// Messages may carry {param} placeholders filled from the error's params.
import { plansMessages } from '../plans/plans.messages.js';
import { chemicalsMessages } from '../chemicals/chemicals.messages.js';
import { enterprisesMessages } from '../enterprises/enterprises.messages.js';
import { enterpriseImportMessages } from '../enterprises/enterprise-import.messages.js';
import { majorHazardsMessages } from '../major-hazards/major-hazards.messages.js';
import { riskMessages } from '../risk/risk.messages.js';
import { riskAreasMessages } from '../risk/risk-areas.messages.js';
import { riskPdfMessages } from '../risk/risk-pdf.messages.js';
import { mapMessages } from '../map/map.messages.js';
import { inspectionPlansMessages } from '../inspections/inspection-plans.messages.js';
import { inspectionsMessages } from '../inspections/inspections.messages.js';
import { attachmentsMessages } from '../attachments/attachments.messages.js';
import { hiddenDangersMessages } from '../hidden-dangers/hidden-dangers.messages.js';
import { enforcementMessages } from '../enforcement/enforcement.messages.js';
import { blacklistMessages } from '../blacklist/blacklist.messages.js';
import type { Locale } from './request.js';

export type Message = { 'zh-CN': string; en: string };
export type MessageTable = Record<string, Message>;

export const platformMessages: MessageTable = {
  // platform
  INTERNAL: { 'zh-CN': '系统内部错误，请稍后重试；如仍失败请联系管理员', en: 'Internal error. Please try again later, or contact the administrator.' },
  BAD_REQUEST: { 'zh-CN': '请求格式不正确', en: 'The request is malformed.' },
  INVALID_JSON: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON.' },
  VALIDATION_FAILED: { 'zh-CN': '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid; please check them.' },
  NOT_FOUND: { 'zh-CN': '未找到该记录，或不在您的管辖范围内', en: 'Not found, or outside your jurisdiction.' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', en: 'No such API endpoint.' },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this.' },
  CONFLICT: { 'zh-CN': '与现有数据冲突', en: 'This conflicts with existing data.' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; please wait and try again.' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '提交的内容过大', en: 'The request is too large.' },
  FILE_TOO_LARGE: { 'zh-CN': '文件过大（上限 {limit}）', en: 'The file is too large (limit {limit}).' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type.' },
  // auth
  NOT_AUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in.' },
  SESSION_EXPIRED: { 'zh-CN': '长时间未操作，登录已过期，请重新登录', en: 'Your session expired after inactivity; please sign in again.' },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password.' },
  ACCOUNT_LOCKED: { 'zh-CN': '连续登录失败次数过多，账号已锁定至 {until}', en: 'Too many failed sign-ins; the account is locked until {until}.' },
  CSRF_INVALID: { 'zh-CN': '安全校验失败，请刷新页面后重试', en: 'Security check failed; please reload the page and try again.' },
  PASSWORD_POLICY: { 'zh-CN': '密码不符合要求', en: 'The password does not meet the rules.' },
  PASSWORD_TOO_SHORT: { 'zh-CN': '密码至少 {min} 位', en: 'The password must have at least {min} characters.' },
  PASSWORD_NEEDS_LETTER_AND_DIGIT: { 'zh-CN': '密码须同时包含字母和数字', en: 'The password must contain both letters and digits.' },
  PASSWORD_CONTAINS_USERNAME: { 'zh-CN': '密码不能包含用户名', en: 'The password must not contain the username.' },
  PASSWORD_UNCHANGED: { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one.' },
  CURRENT_PASSWORD_WRONG: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong.' },
  // orgs and users
  USERNAME_INVALID: { 'zh-CN': '用户名须为 3–32 位小写字母、数字或 . _ -', en: 'The username must be 3–32 lower-case letters, digits or . _ -' },
  USERNAME_TAKEN: { 'zh-CN': '用户名 {username} 已被使用', en: 'The username {username} is already taken.' },
  DISPLAY_NAME_REQUIRED: { 'zh-CN': '请填写姓名', en: 'Please enter a name.' },
  ROLE_UNKNOWN: { 'zh-CN': '未知角色 {role}', en: 'Unknown role {role}.' },
  ROLE_ORGANISATION_MISMATCH: { 'zh-CN': '该角色不能归属于此类单位（{kind}）', en: 'This role cannot belong to an organisation of kind {kind}.' },
  ORGANISATION_UNKNOWN: { 'zh-CN': '单位 {id} 不存在', en: 'Organisation {id} does not exist.' },
  ORGANISATION_SEED_INVALID: { 'zh-CN': '单位名录文件格式不正确：{file}', en: 'The organisation directory file is malformed: {file}' },
  ORGANISATION_SEED_DUPLICATE_KEY: { 'zh-CN': '单位名录中有重复的 key', en: 'The organisation directory has a duplicate key.' },
  ORGANISATION_SEED_CYCLE: { 'zh-CN': '单位名录中 {key} 的上级关系形成循环', en: 'The parents of {key} form a cycle.' },
  ORGANISATION_SEED_KIND: { 'zh-CN': '单位 {key} 的类型 {kind} 无法识别', en: 'Organisation {key} has an unknown kind {kind}.' },
  ORGANISATION_SEED_PARENT: { 'zh-CN': '单位 {key} 的上级 {parent} 不在名录中', en: 'The parent {parent} of {key} is not in the directory.' },
  // audit
  AUDIT_CHAIN_BROKEN: { 'zh-CN': '审计链在第 {seq} 条处断裂（{reason}）', en: 'The audit chain is broken at entry {seq} ({reason}).' },
  // command line
  CLI_USAGE: { 'zh-CN': '命令用法错误：{problem}', en: 'Wrong usage: {problem}' },
  RESTORE_TARGET_NOT_EMPTY: { 'zh-CN': '目标数据库不是空库，拒绝恢复（请使用新的数据目录或空数据库）', en: 'The target database is not empty; restore refuses to overwrite it.' },
  BACKUP_FILE_INVALID: { 'zh-CN': '备份文件无法识别：{file}', en: 'Not a HazGov backup file: {file}' },
  BACKUP_MIGRATION_MISMATCH: { 'zh-CN': '备份的数据库版本（{backup}）与当前程序（{current}）不一致：请用对应版本的程序恢复后再升级', en: 'The backup is at schema {backup}, this program at {current}: restore with the matching version, then upgrade.' },
  BACKUP_TARGET_EXISTS: { 'zh-CN': '文件已存在：{file}（如需覆盖请加 --force）', en: 'The file exists: {file} (use --force to overwrite).' },
  AUDIT_CHAIN_INTACT: { 'zh-CN': '审计链完整：共 {count} 条', en: 'audit chain intact: {count} entries' },
  FEATURE_UNAVAILABLE: { 'zh-CN': '此功能尚未安装：{feature}', en: 'This feature is not installed: {feature}' },
  // field-level validation details (zod issue codes)
  'VALIDATION.invalid_type': { 'zh-CN': '类型不正确（应为 {expected}）', en: 'Wrong type (expected {expected}).' },
  'VALIDATION.required': { 'zh-CN': '必填', en: 'Required.' },
  'VALIDATION.too_small': { 'zh-CN': '不能少于 {minimum}', en: 'Must be at least {minimum}.' },
  'VALIDATION.too_small.string': { 'zh-CN': '至少 {minimum} 个字符', en: 'At least {minimum} characters.' },
  'VALIDATION.too_small.array': { 'zh-CN': '至少 {minimum} 项', en: 'At least {minimum} items.' },
  'VALIDATION.too_big': { 'zh-CN': '不能超过 {maximum}', en: 'Must be at most {maximum}.' },
  'VALIDATION.too_big.string': { 'zh-CN': '最多 {maximum} 个字符', en: 'At most {maximum} characters.' },
  'VALIDATION.too_big.array': { 'zh-CN': '最多 {maximum} 项', en: 'At most {maximum} items.' },
  'VALIDATION.invalid_format': { 'zh-CN': '格式不正确（{format}）', en: 'Wrong format ({format}).' },
  'VALIDATION.invalid_value': { 'zh-CN': '取值不在允许范围内：{values}', en: 'Must be one of: {values}' },
  'VALIDATION.unrecognized_keys': { 'zh-CN': '包含不认识的字段：{keys}', en: 'Unknown fields: {keys}' },
  'VALIDATION.invalid_union': { 'zh-CN': '内容不符合任何允许的格式', en: 'Matches none of the allowed shapes.' },
  'VALIDATION.not_multiple_of': { 'zh-CN': '须为 {divisor} 的倍数', en: 'Must be a multiple of {divisor}.' },
  'VALIDATION.custom': { 'zh-CN': '内容不正确', en: 'Invalid value.' },
};

export const messages: MessageTable = {
  ...platformMessages, ...(plansMessages as MessageTable), ...enterprisesMessages, ...enterpriseImportMessages, ...majorHazardsMessages, ...chemicalsMessages,
  ...riskMessages, ...riskAreasMessages, ...riskPdfMessages, ...mapMessages,
  ...inspectionPlansMessages, ...inspectionsMessages, ...attachmentsMessages, ...hiddenDangersMessages, ...enforcementMessages, ...blacklistMessages,
};

/** Fallbacks by error kind, for a code some context forgot to add to its table. */
const kindFallback: Record<string, string> = {
  input: 'VALIDATION_FAILED', auth: 'NOT_AUTHENTICATED', forbidden: 'FORBIDDEN', not_found: 'NOT_FOUND', conflict: 'CONFLICT',
  locked: 'ACCOUNT_LOCKED', too_large: 'PAYLOAD_TOO_LARGE', unsupported: 'UNSUPPORTED_MEDIA_TYPE', rate: 'RATE_LIMITED', internal: 'INTERNAL',
};

export function hasMessage(code: string): boolean {
  return Object.hasOwn(messages, code);
}

export function translate(code: string, locale: Locale, params: Record<string, string | number> = {}, kind?: string): string {
  const entry = messages[code] ?? (kind ? messages[kindFallback[kind] ?? 'INTERNAL'] : undefined) ?? messages.INTERNAL;
  const template = entry?.[locale] ?? entry?.['zh-CN'] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : showParam(params[name], locale)));
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

// A timestamp in a message is shown as the user reads the clock: China time, in the user's locale.
function showParam(value: string | number, locale: Locale): string {
  if (typeof value === 'string' && ISO_TIMESTAMP.test(value)) {
    return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }
  return String(value);
}
