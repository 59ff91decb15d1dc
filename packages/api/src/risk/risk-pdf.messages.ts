// Error messages of risk notice board and post cards (H4), merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const riskPdfMessages: MessageTable = {
  RISK_POST_NOT_FOUND: { 'zh-CN': '该风险点未列出岗位“{post}”', en: 'The risk point does not list the post “{post}”.' },
};
