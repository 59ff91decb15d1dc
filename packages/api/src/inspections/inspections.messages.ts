// Error messages of H2 inspections, sync, photos, merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const inspectionsMessages: MessageTable = {};
