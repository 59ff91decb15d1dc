// Error codes of the major-hazards context in both UI languages. Merged into the platform table by shared/messages.ts.
import type { Message } from '../shared/messages.js';

export const majorHazardsMessages: Record<string, Message> = {};
