// Error codes of the chemicals context in both UI languages. Merged into the platform table by shared/messages.ts.
import type { Message } from '../shared/messages.js';

export const chemicalsMessages: Record<string, Message> = {};
