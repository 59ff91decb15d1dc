// The rows of one imported edition, searchable, each value with the source it came from (the row's own source
// column, or the edition's when the row gave none).
import { Drawer, Input, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { chemicalsApi } from '../api/chemicals.api';
import { listFlagKeys, type CatalogEdition, type CatalogEntry } from '../api/chemicals.types';

export function EditionEntries({ edition, onClose }: { edition: CatalogEdition | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const entries = useAsync(() => chemicalsApi.editionEntries(edition?.id ?? '', { q: q || undefined, page, pageSize: 50 }), [edition?.id, q, page], edition !== null);
  const sourceOf = (e: CatalogEntry, field: string) => e.sources[field] ?? e.sources.row ?? e.sources.default ?? edition?.source ?? '';
  return (
    <Drawer open={edition !== null} onClose={onClose} size="large" title={edition?.name} destroyOnHidden data-testid="edition-entries">
      <Input.Search allowClear placeholder={t('chemicals.search.pickPlaceholder')} onSearch={(v) => { setQ(v.trim()); setPage(1); }} style={{ marginBottom: 12 }} />
      {entries.error && <ErrorAlert error={entries.error} onRetry={entries.reload} />}
      <Table<CatalogEntry>
        size="small" rowKey="id" loading={entries.loading} dataSource={entries.data?.items ?? []} scroll={{ x: 640 }}
        locale={{ emptyText: <EmptyState /> }}
        pagination={{ current: page, pageSize: 50, total: entries.data?.total ?? 0, onChange: setPage, size: 'small', showSizeChanger: false }}
        columns={[
          { key: 'serial', title: t('chemicals.editions.serial'), dataIndex: 'serial', width: 70 },
          { key: 'name', title: t('chemicals.search.name'), width: 180,
            render: (_: unknown, e) => <Tooltip title={sourceOf(e, 'name')}><strong>{e.name}</strong>{e.aliases.length > 0 && <div className="sub-text">{e.aliases.join('、')}</div>}</Tooltip> },
          { key: 'cas', title: 'CAS', width: 110, render: (_: unknown, e) => (e.cas ? <Tooltip title={sourceOf(e, 'cas')}><span className="mono">{e.cas}</span></Tooltip> : '—') },
          { key: 'symbols', title: t('chemicals.search.categories'), width: 110,
            render: (_: unknown, e) => <Tooltip title={sourceOf(e, 'hazard_symbols')}>{e.hazardSymbols.map((s) => <Tag key={s} className="mono">{s}</Tag>)}</Tooltip> },
          { key: 'flags', title: t('chemicals.search.flags'),
            render: (_: unknown, e) => listFlagKeys.filter((k) => e.flags[k]).map((k) => <Tag key={k}>{t(`chemicals.flags.${k}`)}</Tag>) },
        ]}
      />
    </Drawer>
  );
}
