// The listed enterprises of the district, asked once per signed-in session (GET /api/blacklist/listed) and shared by
// every badge on every page, so a table of 50 enterprises costs one request, not 50. Another user signing in in the
// same tab asks again; a publish or removal on the blacklist pages calls refreshListed().
import { useEffect, useState } from 'react';
import { useAuth } from '../../auth/hooks/auth-context';
import { blacklistApi } from '../api/blacklist.api';

type Cache = { userId: string; ids: Set<string> | null; pending: Promise<Set<string>> | null };
let cache: Cache | null = null;
const listeners = new Set<() => void>();

function load(userId: string): Promise<Set<string>> {
  if (cache?.userId === userId && cache.pending) return cache.pending;
  const entry: Cache = { userId, ids: cache?.userId === userId ? cache.ids : null, pending: null };
  entry.pending = blacklistApi.listed().then(
    (r) => { entry.ids = new Set(r.enterpriseIds); listeners.forEach((l) => l()); return entry.ids; },
    // No badge is better than a broken page: a failed look-up shows none and is asked again next time.
    () => { entry.pending = null; return entry.ids ?? new Set<string>(); },
  );
  cache = entry;
  return entry.pending;
}

/** Ask again (after publishing, repairing or removing an entry). */
export function refreshListed(): void {
  if (!cache) return;
  const userId = cache.userId;
  cache.pending = null;
  void load(userId);
}

/** The set of listed enterprise ids (empty until the answer comes, or without a session). */
export function useListedEnterprises(): ReadonlySet<string> {
  const { user } = useAuth();
  const [, setTick] = useState(0);
  const userId = user?.id ?? null;
  useEffect(() => {
    if (!userId) return;
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    void load(userId);
    return () => { listeners.delete(l); };
  }, [userId]);
  return userId && cache?.userId === userId && cache.ids ? cache.ids : empty;
}

const empty: ReadonlySet<string> = new Set();
