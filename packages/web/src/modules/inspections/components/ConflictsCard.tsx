// 回避: an inspector who must not inspect an enterprise (kin, former employer, a stake). The draw never assigns them.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import { useAsync } from '../../shared/hooks/use-async';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { inspectionsApi } from '../api/inspections.api';
import type { Conflict } from '../api/inspections.types';

type Values = { inspectorId: string; enterpriseId: string; reason: string };

export function ConflictsCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const conflicts = useAsync((signal) => inspectionsApi.conflicts(signal), []);
  const inspectors = useAsync((signal) => inspectionsApi.inspectors(signal), []);
  const [q, setQ] = useState('');
  const enterprises = useAsync((signal) => enterprisesApi.list({ q: q || undefined, pageSize: 20 }, signal), [q], editable);
  const [form] = Form.useForm<Values>();
  const { busy, run } = useBusyAction();
  const inspectorName = (id: string, c: Conflict) => c.inspector?.name ?? inspectors.data?.items.find((i) => i.id === id)?.name ?? id;

  const add = () => run(async () => {
    const v = await form.validateFields();
    await inspectionsApi.addConflict(v);
    form.resetFields();
    conflicts.reload();
  });

  return (
    <Card title={t('inspections.conflicts.title')} className="content-card" data-testid="conflicts-card">
      {editable && (
        <Form form={form} layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
          <Form.Item name="inspectorId" rules={[{ required: true, message: t('inspections.plans.required') }]}>
            <Select style={{ minWidth: 160 }} placeholder={t('inspections.conflicts.inspector')} data-testid="conflict-inspector"
              options={(inspectors.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item name="enterpriseId" rules={[{ required: true, message: t('inspections.plans.required') }]}>
            <Select style={{ minWidth: 220 }} placeholder={t('inspections.conflicts.enterprise')} showSearch={{ filterOption: false, onSearch: setQ }}
              options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} data-testid="conflict-enterprise" />
          </Form.Item>
          <Form.Item name="reason" rules={[{ required: true, message: t('inspections.plans.required') }]}>
            <Input style={{ minWidth: 200 }} placeholder={t('inspections.conflicts.reason')} maxLength={500} data-testid="conflict-reason" />
          </Form.Item>
          <Button type="primary" loading={busy} onClick={() => void add()} data-testid="conflict-add">{t('inspections.conflicts.add')}</Button>
        </Form>
      )}
      <Table<Conflict> size="small" rowKey="id" loading={conflicts.loading} dataSource={conflicts.data?.items ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('inspections.conflicts.inspector'), render: (_, c) => inspectorName(c.inspectorId, c) },
          { title: t('inspections.conflicts.enterprise'), render: (_, c) => c.enterprise?.name ?? c.enterpriseId },
          { title: t('inspections.conflicts.reason'), dataIndex: 'reason' },
          ...(editable ? [{
            title: '', width: 60, render: (_: unknown, c: Conflict) => (
              <Popconfirm title={t('inspections.conflicts.removeConfirm')} onConfirm={() => run(async () => { await inspectionsApi.removeConflict(c.id); conflicts.reload(); })}>
                <Space><Button size="small" danger icon={<DeleteOutlined />} aria-label={t('inspections.conflicts.remove')} /></Space>
              </Popconfirm>
            ),
          }] : []),
        ]} />
    </Card>
  );
}
