// Error messages of H1 checklists, settings, plans, draws, merged in shared/messages.ts.
import type { MessageTable } from '../shared/messages.js';

export const inspectionPlansMessages: MessageTable = {};
