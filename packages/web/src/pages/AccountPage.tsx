// 修改密码: the password rules are the server's (≥ 10 characters, letters and digits, not the username).
import { Button, Card, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../modules/auth/api/auth.api';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { orgName } from '../modules/shared/utils/names';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('account.title') }]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await authApi.changePassword(v.currentPassword, v.newPassword);
      success(t('account.changed'));
      form.resetFields();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('account.title')} />
      <Card className="content-card" style={{ maxWidth: 640 }}>
        <Descriptions column={1} size="small" style={{ marginBottom: 24 }}>
          <Descriptions.Item label={t('users.username')}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.displayName')}>{me.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('users.organisation')}>{orgName(me.organisation, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={t('users.role')}>{t(`roles.${me.role}`)}</Descriptions.Item>
        </Descriptions>
        <Form form={form} layout="vertical" onFinish={(v) => { void submit(v); }}>
          <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true }]}><Input.Password autoComplete="current-password" /></Form.Item>
          <Form.Item name="newPassword" label={t('account.newPassword')} extra={t('account.passwordRule')}
            rules={[{ required: true }, { min: 10, message: t('account.passwordRule') }, { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('account.passwordRule') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="confirm" label={t('account.confirmPassword')} dependencies={['newPassword']}
            rules={[{ required: true }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.mismatch')))) })]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>{t('account.changePassword')}</Button>
        </Form>
      </Card>
    </>
  );
}
