// Placeholder until the page is built (issue 3).
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function CatalogEditionsPage() {
  const { t } = useTranslation();
  return <Result status="info" title={t('nav.chemicals')} />;
}
