// 单位别名: how the names written in plans (区安监局, 区安全监督局 …) map to organisations, and what the group
// names (区各有关单位) stand for. Names still waiting for a decision come first; resolving one updates every task
// that used it.
import { EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi, type Org } from '../modules/orgs/api/orgs.api';
import { aliasesApi, type UnitAlias, type UnresolvedName } from '../modules/plans/api/plans.api';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { orgName } from '../modules/shared/utils/names';

type Editing = { alias: string; group: boolean; organisationId?: string | null; memberIds?: string[] };

export function AliasesPage() {
  const { t, i18n } = useTranslation();
  const list = useAsync(() => aliasesApi.list(), []);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), []);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const [form] = Form.useForm<{ organisationId?: string; memberIds?: string[] }>();
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.system') }, { title: t('nav.aliases') }]);

  const units = (orgs.data ?? []).filter((o: Org) => o.kind === 'department' || o.kind === 'territory' || o.kind === 'office');
  const options = units.map((o) => ({ value: o.id, label: orgName(o, i18n.language) }));
  const nameOf = (id: string) => { const o = (orgs.data ?? []).find((x) => x.id === id); return o ? orgName(o, i18n.language) : id; };
  const items = (list.data?.items ?? []).filter((a) => !query || a.alias.includes(query) || (a.organisationName ?? '').includes(query));

  const open = (e: Editing) => {
    form.setFieldsValue({ organisationId: e.organisationId ?? undefined, memberIds: e.memberIds ?? [] });
    setEditing(e);
  };
  const save = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (editing.group) await aliasesApi.resolveGroup(editing.alias, v.memberIds ?? []);
      else await aliasesApi.mapName(editing.alias, v.organisationId ?? '');
      success(t('common.saved'));
      setEditing(null);
      list.reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const unresolved = list.data?.unresolved ?? [];
  return (
    <>
      <PageHeader title={t('aliases.title')} subtitle={t('aliases.subtitle')} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {unresolved.length > 0 && (
        <Card className="content-card" title={<span><WarningOutlined style={{ color: '#fa8c16' }} /> {t('aliases.unresolved', { count: unresolved.length })}</span>}>
          <Table<UnresolvedName>
            data-testid="aliases-unresolved"
            size="small"
            rowKey="rawName"
            pagination={false}
            dataSource={unresolved}
            columns={[
              { key: 'raw', title: t('import.rawName'), render: (_: unknown, u) => <Tag color="warning">{u.rawName}</Tag> },
              { key: 'kind', title: t('aliases.kind'), render: (_: unknown, u) => (u.group ? t('aliases.groupOf', { group: u.group }) : t('aliases.unknownName')) },
              { key: 'tasks', title: t('aliases.taskUnits'), dataIndex: 'taskUnits', width: 120, align: 'right' },
              { key: 'act', title: '', width: 110, render: (_: unknown, u) => <Button size="small" type="primary" onClick={() => open({ alias: u.rawName, group: !!u.group })}>{t('aliases.resolve')}</Button> },
            ]}
          />
        </Card>
      )}
      <Card className="content-card" title={t('aliases.all')} extra={<Input.Search allowClear placeholder={t('aliases.search')} onSearch={setQuery} style={{ width: 220 }} />}>
        <Table<UnitAlias>
          data-testid="aliases-table"
          size="small"
          rowKey="alias"
          loading={list.loading}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            { key: 'alias', title: t('aliases.alias'), dataIndex: 'alias', width: 220 },
            {
              key: 'to', title: t('aliases.means'),
              render: (_: unknown, a) => (a.group
                ? (a.memberIds.length ? a.memberIds.map((id) => <Tag key={id}>{nameOf(id)}</Tag>) : <Tag color="warning">{t('aliases.groupUnresolved', { group: a.group })}</Tag>)
                : a.organisationName ?? <Tag color="warning">{t('task.unmapped')}</Tag>),
            },
            { key: 'source', title: t('calendar.source'), width: 100, render: (_: unknown, a) => t(`aliases.source.${a.source}`, { defaultValue: a.source }) },
            { key: 'pending', title: t('aliases.pending'), width: 110, align: 'right', render: (_: unknown, a) => (a.pendingTaskUnits ? <Tag color="orange">{a.pendingTaskUnits}</Tag> : '0') },
            {
              key: 'act', title: '', width: 80,
              render: (_: unknown, a) => (
                <Button size="small" type="link" icon={<EditOutlined />}
                  onClick={() => open({ alias: a.alias, group: !!a.group, organisationId: a.organisationId, memberIds: a.memberIds })}>{t('aliases.edit')}</Button>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={!!editing} title={editing?.alias} onCancel={() => setEditing(null)} onOk={() => { void save(); }} confirmLoading={busy} destroyOnHidden>
        {editing?.group && <Alert type="info" showIcon title={t('aliases.groupHint')} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          {editing?.group ? (
            <Form.Item name="memberIds" label={t('aliases.members')} rules={[{ required: true, type: 'array', min: 1 }]}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} maxTagCount="responsive" />
            </Form.Item>
          ) : (
            <Form.Item name="organisationId" label={t('import.mapTo')} rules={[{ required: true }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options} placeholder={t('import.mapPlaceholder')} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
