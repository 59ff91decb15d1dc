// Slot for issue 4 (filled by its owner).
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';

export function AreaRiskPage() {
  const { t } = useTranslation();
  useCrumbs([{ title: t('risk.nav.areas') }]);
  return <div>{t('risk.nav.areas')}</div>;
}
