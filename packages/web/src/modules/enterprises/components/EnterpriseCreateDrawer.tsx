// 新增企业: the basic facts in a drawer; the server's field errors appear under their fields.
import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client';
import { FormDrawer } from '../../shared/components/FormDrawer';
import type { FormProblemValue } from '../../shared/components/FormProblem';
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
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblemValue | null>(null);
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
    <FormDrawer
      open={open} onClose={onClose} title={t('enterprises.create.title')} width={760} busy={busy} onSave={() => { void save(); }}
      problem={problem} testIds={{ drawer: 'enterprise-create', save: 'enterprise-create-save', problem: 'enterprise-create-error' }}
    >
      <EnterpriseForm form={form} territories={territories} initialValues={{ ...emptyEnterprise(place?.territoryId), gridId: place?.gridId ?? null }}
        lockTerritory={!!place} lockGrid={!!place?.gridId} />
    </FormDrawer>
  );
}
