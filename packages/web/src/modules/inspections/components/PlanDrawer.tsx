// A yearly inspection plan: title, year, kind (双随机 / 重点 / 专项), the territories it covers, how many enterprises
// to draw and how many inspectors each. Draft plans only; the draw weights keep the district's defaults.
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { inspectionPlanKinds } from '@hazgov/domain/inspections/types';
import type { Territories } from '../../enterprises/hooks/use-territories';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { inspectionsApi } from '../api/inspections.api';
import type { Plan, PlanInput } from '../api/inspections.types';
import { placeErrors } from '../utils/place-errors';

const fields = ['year', 'title', 'kind', 'territoryIds', 'sampleSize', 'inspectorsPerEnterprise', 'note'];

export function PlanDrawer({ plan, territories, onClose, onSaved }: { plan: Plan | null; territories: Territories; onClose: () => void; onSaved: (p: Plan) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanInput>();
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e, (p) => fields.includes(String(p[0]))));
  const initial: Partial<PlanInput> = plan
    ? { year: plan.year, title: plan.title, kind: plan.kind, territoryIds: plan.territoryIds, sampleSize: plan.sampleSize, inspectorsPerEnterprise: plan.inspectorsPerEnterprise, note: plan.note ?? '' }
    : { year: new Date().getFullYear(), kind: 'double_random', territoryIds: [], sampleSize: 10, inspectorsPerEnterprise: 2 };
  const onSave = () => save(async (v) => {
    const body: PlanInput = { ...v, territoryIds: v.territoryIds ?? [], ...(v.note ? { note: v.note } : {}) };
    onSaved(plan ? await inspectionsApi.updatePlan(plan.id, body) : await inspectionsApi.createPlan(body));
  });
  return (
    <FormDrawer open onClose={onClose} title={plan ? t('inspections.plans.edit') : t('inspections.plans.create')} width={520} busy={busy}
      onSave={() => void onSave()} problem={problem} testIds={{ drawer: 'plan-drawer', save: 'plan-save', problem: 'plan-problem' }}>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="title" label={t('inspections.plans.field.title')} rules={[{ required: true, message: t('inspections.plans.required') }]}>
          <Input maxLength={200} data-testid="plan-title" />
        </Form.Item>
        <Form.Item name="year" label={t('inspections.plans.field.year')} rules={[{ required: true, message: t('inspections.plans.required') }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('inspections.plans.field.kind')}>
          <Select options={inspectionPlanKinds.map((k) => ({ value: k, label: t(`inspections.plans.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="territoryIds" label={t('inspections.plans.field.territories')} extra={t('inspections.plans.territoriesHint')}>
          <Select mode="multiple" allowClear options={territories.territories} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="sampleSize" label={t('inspections.plans.field.sampleSize')} rules={[{ required: true, message: t('inspections.plans.required') }]}>
          <InputNumber min={1} max={10000} style={{ width: '100%' }} data-testid="plan-sample" />
        </Form.Item>
        <Form.Item name="inspectorsPerEnterprise" label={t('inspections.plans.field.inspectorsPer')} rules={[{ required: true, message: t('inspections.plans.required') }]}>
          <InputNumber min={1} max={10} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('inspections.plans.field.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
