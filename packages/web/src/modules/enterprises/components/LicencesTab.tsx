// 证照: licences with their state (valid / expiring within 90 or 30 days / expired); add, edit, delete.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDate, formatNumber } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import { licenceKinds, type EnterpriseDetail, type Licence, type LicenceInput, type LicenceKind } from '../api/enterprises.types';
import { applyApiErrors } from '../utils/apply-errors';
import { LicenceStateTag } from './Tags';

type Values = { kind: LicenceKind; number: string; scope?: string; issuer?: string; issuedOn?: Dayjs | null; expiresOn: Dayjs };
const roots = new Set(['kind', 'number', 'scope', 'issuer', 'issuedOn', 'expiresOn']);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function LicencesTab({ enterprise: d, editable, onChanged }: { enterprise: EnterpriseDetail; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Licence | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();

  const open = (l: Licence | 'new') => {
    form.resetFields();
    if (l !== 'new') {
      form.setFieldsValue({ kind: l.kind, number: l.number, scope: l.scope ?? '', issuer: l.issuer ?? '', issuedOn: l.issuedOn ? dayjs(l.issuedOn) : null, expiresOn: dayjs(l.expiresOn) });
    } else form.setFieldsValue({ kind: 'safety_production' });
    setEditing(l);
  };

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !editing) return;
    const body: LicenceInput = { kind: v.kind, number: v.number.trim(), scope: v.scope?.trim() || null, issuer: v.issuer?.trim() || null, issuedOn: iso(v.issuedOn), expiresOn: iso(v.expiresOn) ?? '' };
    setBusy(true);
    try {
      if (editing === 'new') await enterprisesApi.addLicence(d.id, body);
      else await enterprisesApi.updateLicence(editing.id, body);
      success(t('common.saved'));
      setEditing(null);
      onChanged();
    } catch (e) {
      if (!applyApiErrors(form, e, roots).handled) report(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (l: Licence) => {
    try {
      await enterprisesApi.deleteLicence(l.id);
      success(t('enterprises.licences.deleted'));
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  const sorted = [...d.licences].sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  return (
    <div data-testid="licences-tab">
      {editable && (
        <div className="ent-tab-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="licence-add">{t('enterprises.licences.add')}</Button>
        </div>
      )}
      <Table<Licence>
        size="small" rowKey="id" dataSource={sorted} pagination={false} scroll={{ x: 'max-content' }} data-testid="licences-table"
        locale={{ emptyText: <EmptyState description={t('enterprises.licences.none')} /> }}
        onRow={(l) => ({ 'data-testid': 'licence-row', 'data-state': l.state } as HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'kind', title: t('enterprises.licences.kind'), render: (_: unknown, l) => t(`enterprises.licenceKind.${l.kind}`) },
          { key: 'number', title: t('enterprises.licences.number'), render: (_: unknown, l) => <span className="mono">{l.number}</span> },
          { key: 'scope', title: t('enterprises.licences.scope'), responsive: ['md'], ellipsis: true, width: 220, render: (_: unknown, l) => l.scope || '—' },
          { key: 'issuer', title: t('enterprises.licences.issuer'), responsive: ['lg'], ellipsis: true, width: 160, render: (_: unknown, l) => l.issuer || '—' },
          { key: 'issuedOn', title: t('enterprises.licences.issuedOn'), responsive: ['lg'], render: (_: unknown, l) => formatDate(l.issuedOn) },
          { key: 'expiresOn', title: t('enterprises.licences.expiresOn'), render: (_: unknown, l) => formatDate(l.expiresOn) },
          {
            key: 'state', title: t('enterprises.licences.state'),
            render: (_: unknown, l) => (
              <Space size={4} wrap>
                <LicenceStateTag state={l.state} />
                <span className="sub-text">{l.daysToExpiry < 0 ? t('enterprises.licences.daysOverdue', { days: formatNumber(-l.daysToExpiry) }) : t('enterprises.licences.daysLeft', { days: formatNumber(l.daysToExpiry) })}</span>
              </Space>
            ),
          },
          ...(editable ? [{
            key: 'actions', title: t('common.actions'), fixed: 'right' as const, width: 90,
            render: (_: unknown, l: Licence) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(l)} aria-label={t('enterprises.licences.edit')} />
                <Popconfirm title={t('enterprises.licences.confirmDelete')} onConfirm={() => remove(l)} okText={t('enterprises.common.delete')} cancelText={t('common.cancel')}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('enterprises.common.delete')} />
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? t('enterprises.licences.add') : t('enterprises.licences.edit')}
        onCancel={() => setEditing(null)} onOk={() => { void save(); }} confirmLoading={busy} destroyOnHidden
        okButtonProps={{ 'data-testid': 'licence-save' } as Record<string, string>}>
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label={t('enterprises.licences.kind')} rules={[{ required: true }]}>
            <Select options={licenceKinds.map((k) => ({ value: k, label: t(`enterprises.licenceKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="number" label={t('enterprises.licences.number')} rules={[{ required: true, whitespace: true, message: t('enterprises.licences.numberRequired') }]}>
            <Input maxLength={100} data-testid="licence-number" />
          </Form.Item>
          <Form.Item name="scope" label={t('enterprises.licences.scope')}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
          <Form.Item name="issuer" label={t('enterprises.licences.issuer')}><Input maxLength={200} /></Form.Item>
          <Space wrap>
            <Form.Item name="issuedOn" label={t('enterprises.licences.issuedOn')}><DatePicker /></Form.Item>
            <Form.Item name="expiresOn" label={t('enterprises.licences.expiresOn')} rules={[{ required: true, message: t('enterprises.licences.expiresRequired') }]}>
              <DatePicker data-testid="licence-expires" />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </div>
  );
}
