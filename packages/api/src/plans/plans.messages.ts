// Placeholder until the plans context lands its message table (the plans engineer overwrites this file).
import type { Message } from '../shared/messages.js';

export const plansMessages: Record<string, Message> = {};
