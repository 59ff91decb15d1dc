// Slot for issue 4 (filled by its owner).
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';

export function RiskSettingsPage() {
  const { t } = useTranslation();
  useCrumbs([{ title: t('risk.nav.settings') }]);
  return <div>{t('risk.nav.settings')}</div>;
}
