// Error messages of the map (H3), merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const mapMessages: MessageTable = {};
