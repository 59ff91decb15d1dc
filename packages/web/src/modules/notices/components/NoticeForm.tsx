// A new supervision notice (督查通报): plan, title, text, and the units it is addressed to.
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../orgs/api/orgs.api';
import type { PlanSummary } from '../../plans/api/plans.types';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { orgName } from '../../shared/utils/names';
import { noticesApi } from '../api/notices.api';

type Values = { planId: string; title: string; body: string; targetUnitIds: string[] };

export function NoticeForm({ open, onClose, onCreated, plans, orgs, defaultPlanId }: {
  open: boolean; onClose: () => void; onCreated: () => void; plans: PlanSummary[]; orgs: Org[]; defaultPlanId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  const units = orgs.filter((o) => o.kind === 'department' || o.kind === 'territory' || o.kind === 'office');
  const pick = (kind: string) => form.setFieldValue('targetUnitIds', [...new Set([...(form.getFieldValue('targetUnitIds') as string[] ?? []), ...units.filter((o) => o.kind === kind).map((o) => o.id)])]);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await noticesApi.create(v);
      success(t('notices.created'));
      form.resetFields();
      onCreated();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('notices.new')} onCancel={onClose} onOk={() => { void submit(); }} confirmLoading={busy} width={720} destroyOnHidden
      okText={t('notices.issue')} okButtonProps={{ 'data-testid': 'notice-submit' } as Record<string, string>}>
      <Form form={form} layout="vertical" initialValues={{ planId: defaultPlanId ?? undefined, targetUnitIds: [] }} data-testid="notice-form">
        <Form.Item name="planId" label={t('notices.plan')} rules={[{ required: true }]}>
          <Select options={plans.map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
        <Form.Item name="title" label={t('notices.noticeTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="notice-title" />
        </Form.Item>
        <Form.Item name="body" label={t('notices.body')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={6} maxLength={20000} showCount data-testid="notice-body" />
        </Form.Item>
        <Form.Item label={t('notices.targets')} required>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Button size="small" onClick={() => pick('department')}>{t('notices.allDepartments')}</Button>
              <Button size="small" onClick={() => pick('territory')}>{t('notices.allTerritories')}</Button>
              <Button size="small" onClick={() => form.setFieldValue('targetUnitIds', [])}>{t('common.clear')}</Button>
            </Space>
            <Form.Item name="targetUnitIds" noStyle rules={[{ required: true, type: 'array', min: 1, message: t('notices.targetsRequired') }]}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} maxTagCount="responsive" data-testid="notice-targets"
                options={units.map((o) => ({ value: o.id, label: orgName(o, i18n.language) }))} placeholder={t('notices.targetsPlaceholder')} />
            </Form.Item>
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
