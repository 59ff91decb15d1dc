// Breadcrumbs: each page says where it is (its trail after 首页); the layout draws them.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Crumb = { title: string; path?: string };
type CrumbState = { crumbs: Crumb[]; setCrumbs: (c: Crumb[]) => void };
const CrumbContext = createContext<CrumbState | null>(null);

export function CrumbProvider({ children }: { children: ReactNode }) {
  const [crumbs, setCrumbs] = useState<Crumb[]>([]);
  const value = useMemo(() => ({ crumbs, setCrumbs }), [crumbs]);
  return <CrumbContext.Provider value={value}>{children}</CrumbContext.Provider>;
}

export function useCrumbState(): CrumbState {
  const ctx = useContext(CrumbContext);
  if (!ctx) throw new Error('useCrumbState outside CrumbProvider');
  return ctx;
}

/** Declares the page's trail; re-declared whenever the titles change (language, loaded names). */
export function useCrumbs(crumbs: Crumb[]): void {
  const { setCrumbs } = useCrumbState();
  const key = JSON.stringify(crumbs);
  useEffect(() => {
    setCrumbs(JSON.parse(key) as Crumb[]);
  }, [key, setCrumbs]);
}
