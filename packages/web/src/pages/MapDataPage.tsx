// Slot for issue 4 (filled by its owner).
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';

export function MapDataPage() {
  const { t } = useTranslation();
  useCrumbs([{ title: t('map.data.title') }]);
  return <div>{t('map.data.title')}</div>;
}
