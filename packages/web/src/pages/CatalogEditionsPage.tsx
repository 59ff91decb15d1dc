// 目录版本: the catalog editions loaded (GB 18218 Table 1 built in, imported editions) with source and date; the
// template to fill; and, for the district admin, the upload of a new edition.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { chemicalsApi, chemicalsUrls } from '../modules/chemicals/api/chemicals.api';
import type { CatalogEdition } from '../modules/chemicals/api/chemicals.types';
import { ChemicalsNav } from '../modules/chemicals/components/ChemicalsNav';
import { EditionEntries } from '../modules/chemicals/components/EditionEntries';
import { EditionUpload } from '../modules/chemicals/components/EditionUpload';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime, formatNumber } from '../modules/shared/utils/format';

export function CatalogEditionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = can.admin(me.role);
  const editions = useAsync(() => chemicalsApi.editions(), []);
  const success = useSuccess();
  const [open, setOpen] = useState<CatalogEdition | null>(null);
  // The API names the importer by user id; the district admin can read the user list to show the name.
  const users = useAsync(() => orgsApi.users().then((r) => new Map(r.items.map((u) => [u.id, u.displayName]))), [], admin);
  const importer = (id: string | null | undefined) => (id ? users.data?.get(id) ?? '—' : '—');
  useCrumbs([{ title: t('nav.chemicals'), path: '/chemicals' }, { title: t('chemicals.nav.editions') }]);

  return (
    <>
      <PageHeader title={t('chemicals.editions.title')} subtitle={t('chemicals.editions.subtitle')}
        extra={<Button icon={<DownloadOutlined />} href={chemicalsUrls.editionTemplate} download data-testid="edition-template">{t('chemicals.editions.template')}</Button>} />
      <ChemicalsNav active="editions" />
      {editions.error && <ErrorAlert error={editions.error} onRetry={editions.reload} />}
      <Card className="content-card" title={t('chemicals.editions.listTitle')}>
        <Table<CatalogEdition>
          data-testid="editions-table" size="small" rowKey="id" loading={editions.loading} dataSource={editions.data ?? []}
          pagination={false} scroll={{ x: 720 }} locale={{ emptyText: <EmptyState description={t('chemicals.editions.empty')} /> }}
          columns={[
            { key: 'name', title: t('chemicals.editions.name'), width: 220,
              render: (_: unknown, e) => <><Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(e)} data-testid="edition-open">{e.name}</Button>{e.active && <Tag color="success" style={{ marginLeft: 6 }} data-testid="edition-active">{t('chemicals.editions.active')}</Tag>}</> },
            { key: 'source', title: t('chemicals.editions.source'), dataIndex: 'source', render: (s: string) => <span className="sub-text">{s}</span> },
            { key: 'imported', title: t('chemicals.editions.importedAt'), width: 150, render: (_: unknown, e) => formatDateTime(e.importedAt ?? e.createdAt) },
            ...(admin ? [{ key: 'by', title: t('chemicals.editions.importedBy'), width: 110, responsive: ['md' as const], render: (_: unknown, e: CatalogEdition) => importer(e.importedBy) }] : []),
            { key: 'count', title: t('chemicals.editions.entries'), width: 90, align: 'right', render: (_: unknown, e) => formatNumber(e.entryCount) },
          ]}
        />
      </Card>
      <EditionEntries edition={open} onClose={() => setOpen(null)} />
      {admin && (
        <Card className="content-card" title={t('chemicals.editions.uploadTitle')}>
          <EditionUpload onDone={() => { success(t('chemicals.editions.uploaded')); editions.reload(); }} />
        </Card>
      )}
    </>
  );
}
