// Error messages of H2 attachments, merged in shared/messages.ts.
import type { Message, MessageTable } from '../shared/messages.js';

const m = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });

export const attachmentsMessages: MessageTable = {
  ATTACHMENT_NOT_IMAGE: m('照片须为 JPEG、PNG 或 WebP 图片（按文件内容识别，不看扩展名）', 'The photo must be a JPEG, PNG or WebP image (recognised by its content, not its name).'),
  ATTACHMENT_NOT_IMAGE_OR_PDF: m('附件须为图片（JPEG、PNG、WebP）或 PDF 文件', 'The file must be an image (JPEG, PNG, WebP) or a PDF.'),
  ATTACHMENT_TOO_LARGE: m('文件超过 {limit} 的上限', 'The file is larger than the {limit} limit.'),
  ATTACHMENT_EMPTY: m('文件为空', 'The file is empty.'),
  ATTACHMENT_TAKEN_AT_INVALID: m('拍摄时间“{value}”无效（ISO 8601 格式，如 2026-11-29T09:30:00+08:00）', 'The capture time “{value}” is not valid (ISO 8601, e.g. 2026-11-29T09:30:00+08:00).'),
};
