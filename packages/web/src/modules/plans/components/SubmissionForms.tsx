// The three things a unit submits once (DESIGN §3.1): the contact return (报名回执, 附件2), its implementation
// plan (实施方案) and its summary (工作总结).
import { Button, Form, Input, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../api/plans.api';
import type { Person, PlanSummary, SubmissionView } from '../api/plans.types';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';

const phoneRule = { pattern: /^[0-9+\-\s()（）转]{5,30}$/, messageKey: 'submissions.phoneInvalid' };

function useSave(onSaved: () => void) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const success = useSuccess();
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      success(t('submissions.saved'));
      onSaved();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

const asPerson = (v: unknown): Partial<Person> => (typeof v === 'object' && v !== null ? (v as Partial<Person>) : {});

export function ContactReturnForm({ planId, current, onSaved }: { planId: string; current: SubmissionView | undefined; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ leader: Person; head: Person }>();
  const { busy, run } = useSave(onSaved);
  useEffect(() => {
    const body = current?.body ?? {};
    form.setFieldsValue({ leader: { name: '', title: '', phone: '', ...asPerson(body.leader) }, head: { name: '', title: '', phone: '', ...asPerson(body.head) } });
  }, [form, current]);

  const row = (who: 'leader' | 'head') => ({
    key: who,
    who: t(`submissions.${who}`),
    name: <Form.Item name={[who, 'name']} noStyle rules={[{ required: true, whitespace: true, message: t('submissions.nameRequired') }]}><Input maxLength={100} data-testid={`cr-${who}-name`} /></Form.Item>,
    title: <Form.Item name={[who, 'title']} noStyle rules={[{ required: true, whitespace: true, message: t('submissions.titleRequired') }]}><Input maxLength={100} data-testid={`cr-${who}-title`} /></Form.Item>,
    phone: <Form.Item name={[who, 'phone']} noStyle rules={[{ required: true, message: t('submissions.phoneRequired') }, { pattern: phoneRule.pattern, message: t(phoneRule.messageKey) }]}><Input maxLength={50} data-testid={`cr-${who}-phone`} /></Form.Item>,
  });

  return (
    <Form form={form} data-testid="contact-return-form" onFinish={(v) => run(() => plansApi.saveContactReturn(planId, v))}>
      <Table
        className="contact-return-table"
        bordered
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={[row('leader'), row('head')]}
        scroll={{ x: 560 }}
        columns={[
          { key: 'who', dataIndex: 'who', title: t('submissions.category'), width: 110 },
          { key: 'name', dataIndex: 'name', title: t('submissions.name') },
          { key: 'title', dataIndex: 'title', title: t('submissions.position') },
          { key: 'phone', dataIndex: 'phone', title: t('submissions.phone') },
        ]}
      />
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }} data-testid="cr-save">{t('submissions.submit')}</Button>
    </Form>
  );
}

export function ImplementationPlanForm({ planId, current, plans, onSaved }: {
  planId: string; current: SubmissionView | undefined; plans: PlanSummary[]; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ title: string; note: string; childPlanId?: string | null }>();
  const { busy, run } = useSave(onSaved);
  useEffect(() => {
    const b = current?.body ?? {};
    form.setFieldsValue({
      title: typeof b.title === 'string' ? b.title : '', note: typeof b.note === 'string' ? b.note : '',
      childPlanId: current?.childPlanId ?? (typeof b.childPlanId === 'string' ? b.childPlanId : undefined),
    });
  }, [form, current]);
  const children = plans.filter((p) => p.parentPlanId === planId);
  return (
    <Form form={form} layout="vertical" data-testid="implementation-plan-form" style={{ maxWidth: 720 }}
      onFinish={(v) => run(() => plansApi.saveImplementationPlan(planId, { title: v.title, note: v.note ?? '', childPlanId: v.childPlanId ?? null }))}>
      <Form.Item name="title" label={t('submissions.planTitle')} rules={[{ required: true, whitespace: true }]}><Input maxLength={500} /></Form.Item>
      <Form.Item name="childPlanId" label={t('submissions.childPlan')} extra={t('submissions.childPlanHint')}>
        <Select allowClear options={children.map((p) => ({ value: p.id, label: p.title }))} placeholder={t('submissions.childPlanNone')} />
      </Form.Item>
      <Form.Item name="note" label={t('submissions.note')}><Input.TextArea rows={5} maxLength={20000} showCount /></Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>{t('submissions.submit')}</Button>
    </Form>
  );
}

export function SummaryForm({ planId, current, onSaved }: { planId: string; current: SubmissionView | undefined; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ title: string; text: string }>();
  const { busy, run } = useSave(onSaved);
  useEffect(() => {
    const b = current?.body ?? {};
    form.setFieldsValue({ title: typeof b.title === 'string' ? b.title : '', text: typeof b.text === 'string' ? b.text : '' });
  }, [form, current]);
  return (
    <Form form={form} layout="vertical" data-testid="summary-form" style={{ maxWidth: 900 }} onFinish={(v) => run(() => plansApi.saveSummary(planId, v))}>
      <Form.Item name="title" label={t('submissions.summaryTitle')} rules={[{ required: true, whitespace: true }]}><Input maxLength={500} /></Form.Item>
      <Form.Item name="text" label={t('submissions.summaryText')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={12} maxLength={200000} showCount /></Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>{t('submissions.submit')}</Button>
    </Form>
  );
}
