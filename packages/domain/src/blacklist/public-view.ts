// THE one place a published record is cut to its public fields (public-fields.ts): the JSON feeds, the RSS feed and the
// portal page all call this, so a field switched off is absent everywhere or nowhere. A field the policy does not know
// is never shown (fail closed), and a locked field never is, whatever the saved flag says.
import type { PublicFieldPolicy } from './types.js';

export type PublicKind = keyof PublicFieldPolicy;

export function isPublicField(policy: PublicFieldPolicy, kind: PublicKind, field: string): boolean {
  const flag = policy[kind][field];
  return flag !== undefined && flag.public && !flag.locked;
}

/** `{ id, ...the public fields of record }`; `always` names keys that are identity, not content (id, partyKind). */
export function publicView<R extends Record<string, unknown>>(
  policy: PublicFieldPolicy, kind: PublicKind, record: R, always: readonly string[] = ['id'],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of always) if (key in record) out[key] = record[key];
  for (const [key, value] of Object.entries(record)) {
    if (always.includes(key)) continue;
    if (isPublicField(policy, kind, key)) out[key] = value;
  }
  return out;
}
