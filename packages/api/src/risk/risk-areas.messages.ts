// Error messages of risk settings, area risk and dashboard (H2), merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const riskAreasMessages: MessageTable = {};
