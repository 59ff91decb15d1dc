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

const BOOKKEEPING = /^(id|path|version|is_demo|isDemo|created_at|updated_at|createdAt|updatedAt|review_warned_for|canEdit|canOverride|coord_input|override_by|override_at|\w+_id|(territory|grid|enterprise)_name)$/;
const asRow = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Keys whose value differs between before and after (compared as JSON), bookkeeping left out. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = asRow(before);
  const b = asRow(after);
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !BOOKKEEPING.test(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** What a row is about when it adds something: a confirmation's post and person, a comment's first words. */
export function subjectOf(entity: string, after: unknown): string | null {
  const a = asRow(after);
  if (entity === 'risk_confirmation' && a.post) return [a.post, a.person_name ?? a.personName].filter(Boolean).map(String).join(' · ');
  if (entity === 'risk_comment' && typeof a.body === 'string') return a.body.length > 40 ? `${a.body.slice(0, 40)}…` : a.body;
  return null;
}
