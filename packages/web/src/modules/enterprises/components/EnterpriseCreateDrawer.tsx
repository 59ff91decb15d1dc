// 新增企业: the basic facts in a drawer; the server's field errors appear under their fields.
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useFormSave } from '../../shared/hooks/use-form-save';
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
  const { busy, problem, save: saveForm } = useFormSave(form, (e) => applyApiErrors(form, e, formFieldRoots));

  const save = () => saveForm(async (values) => {
    const created = await enterprisesApi.create(inputOf(values));
    form.resetFields();
    onCreated(created);
  });

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
