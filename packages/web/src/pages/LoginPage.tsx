// Sign-in. Shows the server's message for a wrong password and, after five failures, for the locked account.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../modules/auth/hooks/auth-context';
import { LanguageSwitch } from '../modules/layout/components/LanguageSwitch';
import { ApiError } from '../modules/shared/api/client';

type LoginForm = { username: string; password: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { login, user, ready } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

  if (ready && user) return <Navigate to={safeNext} replace />;

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      void navigate(safeNext, { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const locked = error instanceof ApiError && (error.status === 423 || error.code === 'ACCOUNT_LOCKED');
  return (
    <div className="login-page">
      <div className="login-page__lang"><LanguageSwitch /></div>
      <div className="login-page__banner">
        <img src="/favicon.svg" alt="" className="login-page__logo" />
        <div>
          <div className="login-page__title" data-testid="login-title">{t('app.title')}</div>
          <div className="login-page__subtitle">{t('login.subtitle')}</div>
        </div>
      </div>
      <Card className="login-card" variant="borderless">
        <Typography.Title level={4} className="login-card__heading" data-testid="page-title">{t('login.heading')}</Typography.Title>
        {params.get('expired') && !error && <Alert type="info" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />}
        {error && (
          <Alert
            type={locked ? 'warning' : 'error'}
            showIcon
            data-testid={locked ? 'login-locked' : 'login-error'}
            title={error.message}
            description={locked ? t('login.lockedHint') : undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginForm> layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">{t('login.submit')}</Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-card__note">{t('login.note')}</Typography.Paragraph>
      </Card>
      <div className="login-page__footer">{t('app.footer')}</div>
    </div>
  );
}
