// 新建检查: an inspection outside any plan (a complaint, a follow-up) — the enterprise, optionally a checklist other
// than its type's, the date. The id is made on the phone (the contract allows it), so a retried save cannot make two.
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useAsync } from '../../shared/hooks/use-async';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { inspectionsApi } from '../api/inspections.api';
import type { Inspection } from '../api/inspections.types';
import { uuid } from '../offline/uuid';
import { placeErrors } from '../utils/place-errors';

type Values = { enterpriseId: string; templateId?: string; scheduledOn?: Dayjs };

export function NewInspectionDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (i: Inspection) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const id = useRef(uuid());
  const enterprises = useAsync((signal) => enterprisesApi.list({ q: q || undefined, pageSize: 20 }, signal), [q]);
  const templates = useAsync((signal) => inspectionsApi.templates(undefined, signal), []);
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e, (p) => ['enterpriseId', 'templateId', 'scheduledOn'].includes(String(p[0]))));
  const onSave = () => save(async (v) => {
    const body = { id: id.current, enterpriseId: v.enterpriseId, ...(v.templateId ? { templateId: v.templateId } : {}), ...(v.scheduledOn ? { scheduledOn: v.scheduledOn.format('YYYY-MM-DD') } : {}) };
    onSaved(await inspectionsApi.create(body));
  });
  return (
    <FormDrawer open={open} onClose={onClose} title={t('inspections.create.title')} width={480} busy={busy} onSave={() => void onSave()} problem={problem}
      testIds={{ drawer: 'inspection-create-drawer', save: 'inspection-create-save', problem: 'inspection-create-problem' }}>
      <Form form={form} layout="vertical" initialValues={{ scheduledOn: dayjs() }}>
        <Form.Item name="enterpriseId" label={t('inspections.field.enterprise')} rules={[{ required: true, message: t('inspections.create.enterpriseRequired') }]}>
          <Select showSearch={{ filterOption: false, onSearch: setQ }} loading={enterprises.loading} data-testid="inspection-create-enterprise"
            options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        <Form.Item name="templateId" label={t('inspections.field.template')} extra={t('inspections.create.templateHint')}>
          <Select allowClear options={(templates.data?.items ?? []).filter((x) => x.status !== 'retired').map((x) => ({ value: x.id, label: `${x.name} · v${x.version}` }))} />
        </Form.Item>
        <Form.Item name="scheduledOn" label={t('inspections.field.scheduledOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
