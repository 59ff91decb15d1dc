// Isolation probes for the enterprise import/export routes.
import type { Entry } from '../shared/isolation-probes.js';

export const enterpriseImportProbes: Record<string, Entry> = {};
