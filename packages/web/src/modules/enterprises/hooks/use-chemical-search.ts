// Search-as-you-type against GET /api/chemicals/search (debounced, stale answers dropped), and the Table 2
// hazard categories (loaded once per session: they only change with a new edition of the standard).
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { enterprisesApi } from '../api/enterprises.api';
import type { ChemicalHit, HazardCategory } from '../api/enterprises.types';

export type SearchState = { hits: ChemicalHit[]; loading: boolean; casProblem: boolean; error: string | null };

export function useChemicalSearch(query: string, delayMs = 250): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], loading: false, casProblem: false, error: null });
  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) {
      setState({ hits: [], loading: false, casProblem: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      enterprisesApi.searchChemicals(q, controller.signal).then(
        (r) => setState({ hits: r.items, loading: false, casProblem: r.casProblem === 'check_digit', error: null }),
        (e: unknown) => {
          if (controller.signal.aborted) return;
          const cas = e instanceof ApiError && e.code === 'CAS_CHECK_DIGIT';
          setState({ hits: [], loading: false, casProblem: cas, error: cas ? null : e instanceof Error ? e.message : String(e) });
        },
      );
    }, delayMs);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [query, delayMs]);
  return state;
}

let categoriesCache: Promise<HazardCategory[]> | null = null;

export function useHazardCategories(): HazardCategory[] {
  const [items, setItems] = useState<HazardCategory[]>([]);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    categoriesCache ??= enterprisesApi.categories().catch((e: unknown) => { categoriesCache = null; throw e; });
    categoriesCache.then((c) => { if (alive.current) setItems(c); }, () => undefined);
    return () => { alive.current = false; };
  }, []);
  return items;
}
