import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrumbs } from '../modules/layout/hooks/crumbs';

export function NotFoundPage() {
  const { t } = useTranslation();
  useCrumbs([{ title: t('common.notFound') }]);
  return <Result status="404" title="404" subTitle={t('common.pageNotFound')} extra={<Link to="/"><Button type="primary">{t('nav.home')}</Button></Link>} />;
}
