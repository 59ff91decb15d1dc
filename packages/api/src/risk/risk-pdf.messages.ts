// Error messages of risk notice board and post cards (H4), merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const riskPdfMessages: MessageTable = {};
