// 提出列入: an enterprise, or a person of an enterprise (name, 身份证号 checked by the server against GB 11643, role),
// the criteria met (from the district's listing criteria, each marked 未核实 while unchecked) and the reason.
// The server's field errors (idNumber, criteria[0] …) appear under their fields.
import { Checkbox, Form, Input, Radio, Select, Space, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import { splitFieldErrors } from '../../enterprises/utils/form-errors';
import type { ApiError, ApiErrorDetail } from '../../shared/api/client';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useAsync } from '../../shared/hooks/use-async';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { blacklistApi } from '../api/blacklist.api';
import type { BlacklistEntry, ListingCriterion, NewEntry, PartyKind } from '../api/blacklist.types';
import { UnverifiedTag } from './EntryStatusTag';

type Values = { partyKind: PartyKind; enterpriseId?: string; personName?: string; idNumber?: string; personRole?: string; criteria: string[]; reason?: string };
const roots = new Set(['partyKind', 'enterpriseId', 'personName', 'idNumber', 'personRole', 'criteria', 'reason']);

function placeErrors(form: FormInstance<Values>, error: ApiError): { handled: boolean; rest: ApiErrorDetail[] } {
  // "criteria[2]" is shown on the criteria group (one checkbox list), the rest under their own fields.
  const mapped = error.details.map((d) => (d.field ? { ...d, field: d.field.replace(/^body\./, '').replace(/^criteria\[\d+\]|^criteria\.\d+/, 'criteria') } : d));
  const { fields, rest } = splitFieldErrors(mapped, (p) => typeof p[0] === 'string' && roots.has(p[0]));
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  if (fields[0]) form.scrollToField(fields[0].name);
  return { handled: fields.length > 0, rest };
}

type Props = { open: boolean; onClose: () => void; onSaved: (e: BlacklistEntry) => void; criteria: ListingCriterion[] };

export function ProposeDrawer({ open, onClose, onSaved, criteria }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e));
  const kind = Form.useWatch('partyKind', form) ?? 'enterprise';
  const [q, setQ] = useState('');
  const enterprises = useAsync((signal) => enterprisesApi.list({ q: q || undefined, pageSize: 20 }, signal), [q], open);

  const submit = () => save(async (v) => {
    const input: NewEntry = { partyKind: v.partyKind, enterpriseId: v.enterpriseId ?? '', criteria: v.criteria ?? [], reason: (v.reason ?? '').trim() };
    if (v.partyKind === 'person') Object.assign(input, { personName: v.personName?.trim(), idNumber: v.idNumber?.trim(), personRole: v.personRole?.trim() || undefined });
    const saved = await blacklistApi.propose(input);
    form.resetFields();
    onSaved(saved);
  });

  return (
    <FormDrawer open={open} onClose={onClose} width={640} busy={busy} onSave={() => { void submit(); }} problem={problem}
      title={t('blacklist.propose.title')} testIds={{ drawer: 'propose-drawer', save: 'propose-save', problem: 'propose-error' }}>
      <Form form={form} layout="vertical" initialValues={{ partyKind: 'enterprise', criteria: [] }}>
        <Form.Item name="partyKind" label={t('blacklist.field.partyKind')}>
          <Radio.Group data-testid="propose-kind" options={[
            { value: 'enterprise', label: t('blacklist.partyKind.enterprise') },
            { value: 'person', label: <span data-testid="propose-kind-person">{t('blacklist.partyKind.person')}</span> },
          ]} />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('blacklist.field.enterprise')} rules={[{ required: true, message: t('blacklist.propose.enterpriseRequired') }]}
          extra={kind === 'person' ? t('blacklist.propose.personEnterpriseHint') : undefined}>
          <Select showSearch={{ filterOption: false, onSearch: setQ }} loading={enterprises.loading} data-testid="propose-enterprise"
            placeholder={t('blacklist.propose.enterprisePlaceholder')}
            options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        {kind === 'person' && (
          <>
            <Form.Item name="personName" label={t('blacklist.field.personName')} rules={[{ required: true, whitespace: true, message: t('blacklist.propose.personNameRequired') }]}>
              <Input data-testid="propose-person-name" maxLength={50} />
            </Form.Item>
            <Form.Item name="idNumber" label={t('blacklist.field.idNumber')} rules={[{ required: true, whitespace: true, message: t('blacklist.propose.idNumberRequired') }]}
              extra={t('blacklist.propose.idNumberHint')}>
              <Input data-testid="propose-id-number" maxLength={18} className="mono" />
            </Form.Item>
            <Form.Item name="personRole" label={t('blacklist.field.personRole')}>
              <Input data-testid="propose-person-role" maxLength={50} placeholder={t('blacklist.propose.personRolePlaceholder')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="criteria" label={t('blacklist.field.criteria')} rules={[{ required: true, type: 'array', min: 1, message: t('blacklist.propose.criteriaRequired') }]}>
          <Checkbox.Group data-testid="propose-criteria" style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {criteria.map((c) => (
                <Checkbox key={c.key} value={c.key} data-testid={`criterion-${c.key}`}>
                  <span>{c.text}</span> <UnverifiedTag verified={c.verified} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}> {t('blacklist.criteria.duration', { count: c.durationMonths })}</Typography.Text>
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('blacklist.field.reason')} rules={[{ required: true, whitespace: true, message: t('blacklist.propose.reasonRequired') }]}>
          <Input.TextArea data-testid="propose-reason" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
