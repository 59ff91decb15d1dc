import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-loading" data-testid="loading">
      <Spin size="large" description={tip ?? t('common.loading')} />
    </div>
  );
}
