// Error messages of H4 blacklist and portal, merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const blacklistMessages: MessageTable = {};
