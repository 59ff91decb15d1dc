// 新增企业: the basic facts in a drawer; the server's field errors appear under their fields.
import { Alert, Button, Drawer, Form, Grid, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorDetail } from '../../shared/api/client';
import { ErrorDetails } from '../../shared/components/ErrorDetails';
import { useErrorReporter } from '../../shared/hooks/use-error-reporter';
import { enterprisesApi } from '../api/enterprises.api';
import type { EnterpriseDetail } from '../api/enterprises.types';
import type { Territories } from '../hooks/use-territories';
import { applyApiErrors } from '../utils/apply-errors';
import { EnterpriseForm, emptyEnterprise, formFieldRoots, inputOf, type EnterpriseFormValues } from './EnterpriseForm';

export function EnterpriseCreateDrawer({ open, onClose, onCreated, territories, place }: {
  open: boolean; onClose: () => void; onCreated: (e: EnterpriseDetail) => void; territories: Territories;
  /** A town or grid user adds enterprises of its own place: preset and fixed. */
  place?: { territoryId: string; gridId: string | null } | null;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: ApiErrorDetail[] } | null>(null);
  const report = useErrorReporter();

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setProblem(null);
    try {
      const created = await enterprisesApi.create(inputOf(values));
      form.resetFields();
      onCreated(created);
    } catch (e) {
      const { handled, rest } = applyApiErrors(form, e, formFieldRoots);
      if (!(e instanceof ApiError) || e.details.length === 0) report(e);
      else if (!handled || rest.length > 0) setProblem({ message: e.message, details: rest });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('enterprises.create.title')}
      size={screens.md ? 760 : '100%'}
      destroyOnHidden
      data-testid="enterprise-create"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => { void save(); }} data-testid="enterprise-create-save">{t('common.save')}</Button>
        </Space>
      }
    >
      {problem && (
        <Alert type="error" showIcon className="page-alert" data-testid="enterprise-create-error" title={problem.message}
          description={problem.details.length > 0 ? <ErrorDetails details={problem.details} /> : undefined} />
      )}
      <EnterpriseForm form={form} territories={territories} initialValues={{ ...emptyEnterprise(place?.territoryId), gridId: place?.gridId ?? null }}
        lockTerritory={!!place} lockGrid={!!place?.gridId} />
    </Drawer>
  );
}
