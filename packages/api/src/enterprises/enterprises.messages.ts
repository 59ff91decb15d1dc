// Error codes of the enterprises context in both UI languages. Merged into the platform table by shared/messages.ts.
import type { Message } from '../shared/messages.js';

export const enterprisesMessages: Record<string, Message> = {};
