// Catalog search results: name and aliases, CAS, the GB 18218 Table 1 row and threshold, hazard categories, the
// list flags and the district's restriction level, and where the entry came from.
import { Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import type { ChemicalHit } from '../api/chemicals.types';
import { FlagTags } from './FlagTags';

export function ChemicalResults({ items, loading, searched }: { items: ChemicalHit[]; loading: boolean; searched: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<ChemicalHit>
      data-testid="chemical-results"
      size="small"
      rowKey={(h) => `${h.source}:${h.table1Serial ?? ''}:${h.catalogEntryId ?? h.name}`}
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
      scroll={{ x: 960 }}
      locale={{ emptyText: <EmptyState description={searched ? t('chemicals.search.noHits') : t('chemicals.search.prompt')} /> }}
      onRow={(h) => ({ 'data-testid': 'chemical-row', 'data-name': h.name, 'data-serial': h.table1Serial ?? '' } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'name', title: t('chemicals.search.name'), width: 200,
          render: (_: unknown, h) => (
            <>
              <strong data-testid="chemical-name">{h.name}</strong>
              {h.aliases.length > 0 && <div className="sub-text">{t('chemicals.search.aliases')}：{h.aliases.join('、')}</div>}
            </>
          ) },
        { key: 'cas', title: 'CAS', width: 130, render: (_: unknown, h) => (h.cas.length ? <span className="mono" data-testid="chemical-cas">{h.cas.join(' / ')}</span> : '—') },
        { key: 'table1', title: t('chemicals.search.table1'), width: 150,
          render: (_: unknown, h) => (h.table1Serial !== null
            ? <span data-testid="chemical-table1">{t('chemicals.search.table1Row', { serial: h.table1Serial })}<div><strong>{t('chemicals.search.thresholdT', { q: String(h.thresholdTonnes ?? '—') })}</strong></div></span>
            : <span className="sub-text">{t('chemicals.search.notTable1')}</span>) },
        { key: 'symbols', title: t('chemicals.search.categories'), width: 140,
          render: (_: unknown, h) => (h.hazardSymbols.length ? h.hazardSymbols.map((s) => <Tag key={s} className="mono">{s}</Tag>) : <span className="sub-text">—</span>) },
        { key: 'flags', title: t('chemicals.search.flags'), width: 240, render: (_: unknown, h) => <FlagTags flags={h.flags} /> },
        { key: 'source', title: t('chemicals.search.source'), width: 150,
          render: (_: unknown, h) => <span className="sub-text">{h.source === 'gb18218_table1' ? 'GB 18218-2018' : h.edition?.name ?? t('chemicals.search.catalog')}</span> },
      ]}
    />
  );
}
