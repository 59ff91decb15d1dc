// Placeholder until the page is built (issue 3).
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function MajorHazardsPage() {
  const { t } = useTranslation();
  return <Result status="info" title={t('nav.major-hazards')} />;
}
