import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { usePlans } from '../modules/plans/hooks/plan-context';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';

/** "/" opens the plan dashboard for government users, the inbox for everyone else. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  const { defaultPlanId, plansLoading, plansError, reloadPlans } = usePlans();
  if (!can.seePlans(me.role)) return <Navigate to="/inbox" replace />;
  if (plansError) return <ErrorAlert error={plansError} onRetry={reloadPlans} />;
  if (plansLoading) return <Loading />;
  if (defaultPlanId) return <Navigate to={`/plans/${encodeURIComponent(defaultPlanId)}/dashboard`} replace />;
  return (
    <EmptyState description={t('plans.none')}>
      {can.admin(me.role) && <Link to="/import"><Button type="primary">{t('nav.import')}</Button></Link>}
    </EmptyState>
  );
}
