// 禁限控目录: the district's prohibited / restricted / controlled chemicals, with how many inventory lines in the
// user's scope each entry flags. The district admin adds, edits and deletes entries.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { chemicalsApi } from '../modules/chemicals/api/chemicals.api';
import { restrictionLevels, type RestrictionEntry } from '../modules/chemicals/api/chemicals.types';
import { ChemicalsNav } from '../modules/chemicals/components/ChemicalsNav';
import { RestrictionTag } from '../modules/chemicals/components/FlagTags';
import { RestrictionForm } from '../modules/chemicals/components/RestrictionForm';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime, formatNumber } from '../modules/shared/utils/format';

export function RestrictionListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = can.admin(me.role);
  const list = useAsync(() => chemicalsApi.restrictions(), []);
  const [editing, setEditing] = useState<{ entry: RestrictionEntry | null } | null>(null);
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.chemicals'), path: '/chemicals' }, { title: t('chemicals.nav.restrictions') }]);

  const remove = async (e: RestrictionEntry) => {
    try {
      await chemicalsApi.deleteRestriction(e.id);
      success(t('chemicals.restriction.deleted'));
      list.reload();
    } catch (err) {
      report(err);
    }
  };

  return (
    <>
      <PageHeader title={t('chemicals.restriction.title')} subtitle={t('chemicals.restriction.subtitle')}
        extra={admin && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ entry: null })} data-testid="restriction-add">{t('chemicals.restriction.add')}</Button>} />
      <ChemicalsNav active="restrictions" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <Table<RestrictionEntry>
          data-testid="restriction-table" size="small" rowKey="id" loading={list.loading} dataSource={list.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 820 }}
          locale={{ emptyText: <EmptyState description={t('chemicals.restriction.empty')} /> }}
          onRow={(e) => ({ 'data-testid': 'restriction-row', 'data-name': e.chemicalName, 'data-level': e.level } as HTMLAttributes<HTMLElement>)}
          columns={[
            { key: 'name', title: t('chemicals.restriction.chemical'), dataIndex: 'chemicalName', width: 180, sorter: (a, b) => a.chemicalName.localeCompare(b.chemicalName, 'zh-CN') },
            { key: 'cas', title: 'CAS', dataIndex: 'cas', width: 120, render: (c: string | null) => (c ? <span className="mono">{c}</span> : '—') },
            { key: 'level', title: t('chemicals.restriction.levelLabel'), width: 100, render: (_: unknown, e) => <RestrictionTag level={e.level} />,
              filters: restrictionLevels.map((l) => ({ text: t(`chemicals.restriction.level.${l}`), value: l })), onFilter: (v, e) => e.level === v },
            { key: 'note', title: t('common.note'), dataIndex: 'note', render: (n: string | null) => n || '—' },
            { key: 'affected', title: t('chemicals.restriction.affected'), dataIndex: 'affectedLines', width: 110, align: 'right',
              sorter: (a, b) => a.affectedLines - b.affectedLines, render: (n: number) => <span data-testid="restriction-affected">{formatNumber(n)}</span> },
            { key: 'updated', title: t('chemicals.restriction.updatedAt'), width: 140, responsive: ['md'], render: (_: unknown, e) => formatDateTime(e.updatedAt) },
            ...(admin ? [{
              key: 'actions', title: t('common.actions'), width: 100, fixed: 'right' as const,
              render: (_: unknown, e: RestrictionEntry) => (
                <Space size={0}>
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ entry: e })} aria-label={t('chemicals.restriction.edit')} data-testid="restriction-edit" />
                  <Popconfirm title={t('chemicals.restriction.confirmDelete', { name: e.chemicalName })} onConfirm={() => remove(e)}
                    okButtonProps={{ danger: true, ...({ 'data-testid': 'restriction-delete-confirm' } as Record<string, string>) }}>
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('chemicals.restriction.delete')} data-testid="restriction-delete" />
                  </Popconfirm>
                </Space>
              ),
            }] : []),
          ]}
        />
      </Card>
      <RestrictionForm open={editing !== null} entry={editing?.entry ?? null} onClose={() => setEditing(null)}
        onSaved={() => { success(t('common.saved')); setEditing(null); list.reload(); }} />
    </>
  );
}
