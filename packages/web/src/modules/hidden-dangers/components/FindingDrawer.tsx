// 登记隐患 in a drawer: a regulator for any enterprise in scope, an enterprise for its own self-check. Naming a major
// criterion makes it major; the deadline is pre-filled from the settings' default periods. The server's field errors
// (a deadline in the past, an unknown criterion …) appear under their fields.
import { Form, Input, Select, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import { splitFieldErrors } from '../../enterprises/utils/form-errors';
import { IsoDatePicker } from '../../risk/components/IsoDatePicker';
import type { ApiError, ApiErrorDetail } from '../../shared/api/client';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useAsync } from '../../shared/hooks/use-async';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { hiddenDangersApi } from '../api/hidden-dangers.api';
import { findingSeverities, findingSources, type Finding, type FindingInput, type InspectionSettingsView } from '../api/hidden-dangers.types';
import { addDays } from '../utils/dates';

type Values = FindingInput;
const fieldsOfForm = new Set(['enterpriseId', 'category', 'description', 'severity', 'majorCriteria', 'deadline', 'legalBasis', 'source']);

function placeErrors(form: FormInstance<Values>, error: ApiError): { handled: boolean; rest: ApiErrorDetail[] } {
  const { fields, rest } = splitFieldErrors(error.details, (path) => typeof path[0] === 'string' && fieldsOfForm.has(path[0]));
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  return { handled: fields.length > 0, rest };
}

type Props = {
  open: boolean; onClose: () => void; onSaved: (f: Finding) => void;
  settings: InspectionSettingsView | undefined;
  /** An enterprise user's own enterprise: fixed, and the source is 企业自查. */
  fixedEnterprise?: { id: string; name: string } | null;
};

export function FindingDrawer({ open, onClose, onSaved, settings, fixedEnterprise }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e));
  const [entQ, setEntQ] = useState('');
  const enterprises = useAsync((signal) => enterprisesApi.list({ q: entQ || undefined, pageSize: 20 }, signal), [entQ], !fixedEnterprise);
  const severity = Form.useWatch('severity', form);
  const criteria = Form.useWatch('majorCriteria', form);
  const major = severity === 'major' || (criteria?.length ?? 0) > 0;
  const days = major ? settings?.deadlines?.majorDays ?? 60 : settings?.deadlines?.generalDays ?? 15;
  useEffect(() => {
    if (!form.isFieldTouched('deadline')) form.setFieldValue('deadline', addDays(new Date(), days));
  }, [days, form]);

  const submit = () => save(async (v) => {
    const input: FindingInput = {
      enterpriseId: fixedEnterprise?.id ?? v.enterpriseId, category: v.category.trim(), description: v.description.trim(),
      severity: major ? 'major' : v.severity, deadline: v.deadline, source: fixedEnterprise ? 'self_check' : v.source,
      ...(v.majorCriteria?.length ? { majorCriteria: v.majorCriteria } : {}), ...(v.legalBasis?.trim() ? { legalBasis: v.legalBasis.trim() } : {}),
    };
    const saved = await hiddenDangersApi.create(input);
    form.resetFields();
    onSaved(saved);
  });

  return (
    <FormDrawer open={open} onClose={onClose} width={640} busy={busy} onSave={() => { void submit(); }} problem={problem}
      title={t('hiddenDangers.create.title')} testIds={{ drawer: 'hd-create-drawer', save: 'hd-create-save', problem: 'hd-create-error' }}>
      <Form form={form} layout="vertical" initialValues={{ severity: 'general', source: fixedEnterprise ? 'self_check' : 'inspection', majorCriteria: [] }}>
        {fixedEnterprise ? (
          <Form.Item label={t('hiddenDangers.field.enterprise')}>{fixedEnterprise.name}</Form.Item>
        ) : (
          <Form.Item name="enterpriseId" label={t('hiddenDangers.field.enterprise')} rules={[{ required: true, message: t('hiddenDangers.create.enterpriseRequired') }]}>
            <Select showSearch={{ filterOption: false, onSearch: setEntQ }} data-testid="hd-create-enterprise" loading={enterprises.loading}
              options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
          </Form.Item>
        )}
        <Form.Item name="category" label={t('hiddenDangers.field.category')} rules={[{ required: true, whitespace: true, message: t('hiddenDangers.create.categoryRequired') }]}
          extra={t('hiddenDangers.create.categoryHint')}>
          <Input maxLength={100} data-testid="hd-create-category" />
        </Form.Item>
        <Form.Item name="description" label={t('hiddenDangers.field.description')} rules={[{ required: true, whitespace: true, message: t('hiddenDangers.create.descriptionRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="hd-create-description" />
        </Form.Item>
        <Form.Item name="majorCriteria" label={t('hiddenDangers.field.majorCriteria')} extra={t('hiddenDangers.create.criteriaHint')}>
          <Select mode="multiple" allowClear data-testid="hd-create-criteria" optionFilterProp="label"
            options={(settings?.majorCriteria ?? []).map((c) => ({ value: c.key, label: `${c.key} ${c.text}` }))} />
        </Form.Item>
        <Form.Item name="severity" label={t('hiddenDangers.field.severity')}>
          <Select disabled={(criteria?.length ?? 0) > 0} data-testid="hd-create-severity"
            options={findingSeverities.map((s) => ({ value: s, label: t(`hiddenDangers.severity.${s}`) }))} />
        </Form.Item>
        <Form.Item name="deadline" label={t('hiddenDangers.field.deadline')} rules={[{ required: true, message: t('hiddenDangers.create.deadlineRequired') }]}
          extra={t('hiddenDangers.create.deadlineHint', { count: days })}>
          <IsoDatePicker allowClear={false} testId="hd-create-deadline" />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('hiddenDangers.field.legalBasis')}><Input maxLength={500} data-testid="hd-create-basis" /></Form.Item>
        {!fixedEnterprise && (
          <Form.Item name="source" label={t('hiddenDangers.field.source')}>
            <Select options={findingSources.map((s) => ({ value: s, label: t(`hiddenDangers.source.${s}`) }))} data-testid="hd-create-source" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
