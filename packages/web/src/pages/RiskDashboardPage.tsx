// Slot for issue 4 (filled by its owner).
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';

export function RiskDashboardPage() {
  const { t } = useTranslation();
  useCrumbs([{ title: t('risk.nav.dashboard') }]);
  return <div>{t('risk.nav.dashboard')}</div>;
}
