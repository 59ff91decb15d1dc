// Error messages of risk points (H1), merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const riskMessages: MessageTable = {};
