// 新增 / 编辑风险点 in a drawer. The server's field errors (an input off its scale, a point outside the district …)
// appear under their fields; what names no field of the form is listed above it.
import { Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../enterprises/utils/form-errors';
import type { EnterpriseDetail } from '../../enterprises/api/enterprises.types';
import type { Territories } from '../../enterprises/hooks/use-territories';
import type { ApiError, ApiErrorDetail } from '../../shared/api/client';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { riskApi } from '../api/risk.api';
import type { RiskPoint } from '../api/risk.types';
import { useRiskBands } from '../hooks/use-risk-bands';
import { emptyRiskPoint, formFieldOf, formFieldRoots, inputOf, valuesOf, type RiskFormValues } from '../utils/form-values';
import type { CreateRights } from '../utils/permissions';
import { RiskPointForm } from './RiskPointForm';

/** Puts the API's details under their fields; returns what names none. */
function applyRiskErrors(form: FormInstance<RiskFormValues>, error: ApiError): { handled: boolean; rest: ApiErrorDetail[] } {
  const mapped = error.details.map((d) => (d.field ? { ...d, field: formFieldOf(d.field) } : d));
  const { fields, rest } = splitFieldErrors(mapped, (path) => typeof path[0] === 'string' && formFieldRoots.has(path[0]));
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  if (fields[0]) form.scrollToField(fields[0].name);
  return { handled: fields.length > 0, rest };
}

type Props = {
  open: boolean; onClose: () => void; onSaved: (p: RiskPoint) => void;
  territories: Territories; rights: CreateRights;
  /** Editing this point; else a new one. */
  point?: RiskPoint | null;
  fixedEnterprise?: EnterpriseDetail | null;
  preset?: { territoryId?: string | null };
};

export function RiskPointDrawer({ open, onClose, onSaved, territories, rights, point, fixedEnterprise, preset }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RiskFormValues>();
  const bands = useRiskBands();
  const { busy, problem, save: saveForm } = useFormSave(form, (e) => applyRiskErrors(form, e));
  const initial = point ? valuesOf(point)
    : emptyRiskPoint({ enterpriseId: fixedEnterprise?.id ?? null, territoryId: preset?.territoryId ?? null, kind: fixedEnterprise || !rights.publicPlaces ? 'unit' : 'pipeline_segment' });

  const save = () => saveForm(async (values) => {
    const input = inputOf({ ...initial, ...values, assessment: { ...initial.assessment, ...values.assessment } });
    const saved = point ? await riskApi.update(point.id, { ...input, version: point.version }) : await riskApi.create(input);
    form.resetFields();
    onSaved(saved);
  });

  return (
    <FormDrawer
      open={open} onClose={onClose} width={820} busy={busy} onSave={() => { void save(); }} problem={problem}
      title={point ? t('risk.form.editTitle', { name: point.name }) : t('risk.form.createTitle')}
      testIds={{ drawer: 'risk-drawer', save: 'risk-save', problem: 'risk-form-error' }}
    >
      <RiskPointForm form={form} initialValues={initial} bands={bands} territories={territories} rights={rights}
        fixedEnterprise={fixedEnterprise ?? null} editing={!!point} />
    </FormDrawer>
  );
}
