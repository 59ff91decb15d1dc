// Shows a failed action to the user: the server's (already localised) message, with the row/field details of
// a validation error listed underneath.
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorDetails } from '../components/ErrorDetails';

export function useErrorReporter(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return; // the auth provider sends the user to sign in
    const message = error instanceof Error ? error.message : String(error);
    const details = error instanceof ApiError ? error.details : [];
    notification.error({
      title: t('common.actionFailed'),
      description: (
        <div data-testid="error-notification">
          <div>{message}</div>
          {details.length > 0 && <ErrorDetails details={details} />}
        </div>
      ),
      duration: details.length > 0 ? 0 : 6,
    });
  }, [notification, t]);
}

export function useSuccess(): (text: string) => void {
  const { message } = App.useApp();
  return useCallback((text: string) => { void message.success(text); }, [message]);
}
