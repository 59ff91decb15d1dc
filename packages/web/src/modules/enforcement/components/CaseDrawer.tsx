// 新建执法案件 in a drawer: an order to rectify within a deadline (责令限期整改) or a penalty case (行政处罚 立案), for an
// enterprise, resting on its open hidden dangers (pre-selected when opened from a finding). Money is typed as an
// exact decimal string in yuan; the server's field errors appear under their fields.
import { Form, Input, Radio, Select, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import { splitFieldErrors } from '../../enterprises/utils/form-errors';
import { hiddenDangersApi } from '../../hidden-dangers/api/hidden-dangers.api';
import { IsoDatePicker } from '../../risk/components/IsoDatePicker';
import type { ApiError, ApiErrorDetail } from '../../shared/api/client';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useAsync } from '../../shared/hooks/use-async';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { enforcementApi } from '../api/enforcement.api';
import { caseKinds, penaltyKinds, type Case, type CaseInput } from '../api/enforcement.types';

type Values = CaseInput;
const fieldsOfForm = new Set(['kind', 'enterpriseId', 'findingIds', 'facts', 'legalBasis', 'penaltyKinds', 'amount', 'deadline']);
export const moneyPattern = /^\d{1,12}(\.\d{1,2})?$/;

function placeErrors(form: FormInstance<Values>, error: ApiError): { handled: boolean; rest: ApiErrorDetail[] } {
  const { fields, rest } = splitFieldErrors(error.details, (path) => typeof path[0] === 'string' && fieldsOfForm.has(path[0]));
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  return { handled: fields.length > 0, rest };
}

type Props = { open: boolean; onClose: () => void; onSaved: (c: Case) => void; preset: { enterpriseId?: string; findingId?: string } };

export function CaseDrawer({ open, onClose, onSaved, preset }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e));
  const [entQ, setEntQ] = useState('');
  const kind = Form.useWatch('kind', form) ?? 'rectification_order';
  const enterpriseId = Form.useWatch('enterpriseId', form) ?? preset.enterpriseId;
  const kinds = Form.useWatch('penaltyKinds', form);
  const enterprises = useAsync((signal) => enterprisesApi.list({ q: entQ || undefined, pageSize: 20 }, signal), [entQ]);
  const presetName = useAsync(() => enterprisesApi.get(preset.enterpriseId ?? ''), [preset.enterpriseId], !!preset.enterpriseId);
  const findings = useAsync((signal) => hiddenDangersApi.list({ enterpriseId, pageSize: 100 }, signal), [enterpriseId], !!enterpriseId);
  const enterpriseOptions = (enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (presetName.data && !enterpriseOptions.some((o) => o.value === presetName.data?.id)) enterpriseOptions.unshift({ value: presetName.data.id, label: presetName.data.name });

  const submit = () => save(async (v) => {
    const input: CaseInput = {
      kind: v.kind, enterpriseId: v.enterpriseId, facts: v.facts.trim(), legalBasis: v.legalBasis.trim(),
      ...(v.findingIds?.length ? { findingIds: v.findingIds } : {}),
      ...(v.kind === 'penalty' && v.penaltyKinds?.length ? { penaltyKinds: v.penaltyKinds } : {}),
      ...(v.kind === 'penalty' && v.amount?.trim() ? { amount: v.amount.trim() } : {}),
      ...(v.kind === 'rectification_order' && v.deadline ? { deadline: v.deadline } : {}),
    };
    const saved = await enforcementApi.create(input);
    form.resetFields();
    onSaved(saved);
  });

  return (
    <FormDrawer open={open} onClose={onClose} width={640} busy={busy} onSave={() => { void submit(); }} problem={problem}
      title={t('enforcement.create.title')} testIds={{ drawer: 'case-drawer', save: 'case-save', problem: 'case-form-error' }}>
      <Form form={form} layout="vertical"
        initialValues={{ kind: 'rectification_order', enterpriseId: preset.enterpriseId, findingIds: preset.findingId ? [preset.findingId] : [], penaltyKinds: [] }}>
        <Form.Item name="kind" label={t('enforcement.field.kind')}>
          <Radio.Group optionType="button" data-testid="case-kind-input" options={caseKinds.map((k) => ({ value: k, label: t(`enforcement.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('enforcement.field.enterprise')} rules={[{ required: true, message: t('enforcement.create.enterpriseRequired') }]}>
          <Select showSearch={{ filterOption: false, onSearch: setEntQ }} options={enterpriseOptions} data-testid="case-enterprise"
            onChange={() => form.setFieldValue('findingIds', [])} />
        </Form.Item>
        <Form.Item name="findingIds" label={t('enforcement.field.findings')}>
          <Select mode="multiple" allowClear loading={findings.loading} data-testid="case-findings" optionFilterProp="label"
            options={(findings.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.description} (${t(`hiddenDangers.status.${f.status}`)})` }))} />
        </Form.Item>
        <Form.Item name="facts" label={t('enforcement.field.facts')} rules={[{ required: true, whitespace: true, message: t('enforcement.create.factsRequired') }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="case-facts" />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('enforcement.field.legalBasis')} rules={[{ required: true, whitespace: true, message: t('enforcement.create.basisRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="case-basis" />
        </Form.Item>
        {kind === 'rectification_order' ? (
          <Form.Item name="deadline" label={t('enforcement.field.deadline')} rules={[{ required: true, message: t('enforcement.create.deadlineRequired') }]}>
            <IsoDatePicker testId="case-deadline" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="penaltyKinds" label={t('enforcement.field.penaltyKinds')}>
              <Select mode="multiple" data-testid="case-penalty-kinds" options={penaltyKinds.map((k) => ({ value: k, label: t(`enforcement.penaltyKind.${k}`) }))} />
            </Form.Item>
            {kinds?.includes('fine') && (
              <Form.Item name="amount" label={t('enforcement.field.amount')} rules={[{ pattern: moneyPattern, message: t('enforcement.create.amountFormat') }]}>
                <Input inputMode="decimal" addonAfter={t('enforcement.yuan')} data-testid="case-amount" />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
