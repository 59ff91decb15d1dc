import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorDetails } from './ErrorDetails';

/** A failed load, shown where the content would have been, with a retry. */
export function ErrorAlert({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const details = error instanceof ApiError ? error.details : [];
  const title = error instanceof ApiError && error.status === 403 ? t('common.forbidden')
    : error instanceof ApiError && error.status === 404 ? t('common.notFound') : t('common.loadFailed');
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      title={title}
      description={<><div>{error.message}</div>{details.length > 0 && <ErrorDetails details={details} />}</>}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
