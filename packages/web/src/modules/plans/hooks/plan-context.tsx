// The plan being worked on (from the URL, else the last one used, else the district's own plan) and the
// "as of" date (截至日期) every plan view is computed for. Changing either reloads every view that reads them.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { useAsync } from '../../shared/hooks/use-async';
import { plansApi } from '../api/plans.api';
import type { Plan, PlanSummary } from '../api/plans.types';

const LAST_PLAN_KEY = 'hazgov.plan';

type PlanState = {
  plans: PlanSummary[];
  plansLoading: boolean;
  plansError: Error | undefined;
  reloadPlans: () => void;
  /** The plan id to use in links when a page has none in its URL. */
  defaultPlanId: string | null;
  rememberPlan: (planId: string) => void;
  asOf: string | undefined;
  setAsOf: (asOf: string | undefined) => void;
};

const PlanContext = createContext<PlanState | null>(null);

export function PlanProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const enabled = !!user && can.seePlans(user.role);
  const list = useAsync(() => plansApi.list().then((r) => r.items), [user?.id], enabled);
  const [remembered, setRemembered] = useState<string | null>(() => localStorage.getItem(LAST_PLAN_KEY));
  const [asOf, setAsOfState] = useState<string | undefined>(() => sessionStorage.getItem('hazgov.asOf') ?? undefined);

  const plans = list.data ?? [];
  const defaultPlanId = useMemo(() => {
    if (remembered && plans.some((p) => p.id === remembered)) return remembered;
    const root = plans.find((p) => !p.parentPlanId) ?? plans[0];
    return root?.id ?? null;
  }, [plans, remembered]);

  // A link may carry the date it was made for (the daily digest links to the dashboard ?asOf=…).
  const location = useLocation();
  useEffect(() => {
    const fromUrl = new URLSearchParams(location.search).get('asOf');
    if (fromUrl && /^\d{4}-\d{2}-\d{2}$/.test(fromUrl)) {
      setAsOfState(fromUrl);
      sessionStorage.setItem('hazgov.asOf', fromUrl);
    }
  }, [location.search]);

  const rememberPlan = useCallback((planId: string) => {
    setRemembered(planId);
    localStorage.setItem(LAST_PLAN_KEY, planId);
  }, []);
  const setAsOf = useCallback((v: string | undefined) => {
    setAsOfState(v);
    if (v) sessionStorage.setItem('hazgov.asOf', v);
    else sessionStorage.removeItem('hazgov.asOf');
  }, []);

  const value = useMemo<PlanState>(() => ({
    plans, plansLoading: list.loading, plansError: list.error, reloadPlans: list.reload, defaultPlanId, rememberPlan, asOf, setAsOf,
  }), [plans, list.loading, list.error, list.reload, defaultPlanId, rememberPlan, asOf, setAsOf]);
  return <PlanContext.Provider value={value}>{children}</PlanContext.Provider>;
}

export function usePlans(): PlanState {
  const ctx = useContext(PlanContext);
  if (!ctx) throw new Error('usePlans outside PlanProvider');
  return ctx;
}

/** The plan of the current route (its detail: groups, quarters, submissions), remembered as the last one used. */
export function usePlan(planId: string) {
  const { rememberPlan } = usePlans();
  useEffect(() => { rememberPlan(planId); }, [planId, rememberPlan]);
  return useAsync<Plan>(() => plansApi.get(planId), [planId]);
}
