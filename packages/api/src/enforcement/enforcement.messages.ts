// Error messages of H4 enforcement, merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const enforcementMessages: MessageTable = {};
