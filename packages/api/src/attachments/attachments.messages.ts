// Error messages of H2 attachments, merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const attachmentsMessages: MessageTable = {};
