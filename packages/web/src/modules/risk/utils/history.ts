// A risk point's audit row told briefly: what kind of change (from the action name) and which fields changed —
// never bookkeeping columns (ids, paths, versions, timestamps). Pure.
export type HistoryVerb = 'create' | 'delete' | 'override' | 'review' | 'comment' | 'confirm' | 'update';

export function historyVerb(action: string): HistoryVerb {
  const a = action.toLowerCase();
  if (/override/.test(a)) return 'override';
  if (/review/.test(a)) return 'review';
  if (/comment/.test(a)) return 'comment';
  if (/confirm/.test(a)) return 'confirm';
  if (/delete|remove/.test(a)) return 'delete';
  if (/create|add|insert/.test(a)) return 'create';
  return 'update';
}

const BOOKKEEPING = /^(id|path|version|is_demo|isDemo|created_at|updated_at|createdAt|updatedAt|review_warned_for|canEdit|canOverride)$/;
const asRow = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Keys whose value differs between before and after (compared as JSON), bookkeeping left out. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = asRow(before);
  const b = asRow(after);
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !BOOKKEEPING.test(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
