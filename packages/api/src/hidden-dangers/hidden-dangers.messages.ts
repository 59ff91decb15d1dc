// Error messages of H3 hidden dangers, merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const hiddenDangersMessages: MessageTable = {};
