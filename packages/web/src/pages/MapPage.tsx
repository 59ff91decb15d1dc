// Slot for issue 4 (filled by its owner).
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';

export function MapPage() {
  const { t } = useTranslation();
  useCrumbs([{ title: t('map.title') }]);
  return <div>{t('map.title')}</div>;
}
