// GB 18218-2018 Table 2 (thresholds by hazard category, for substances outside Table 1) with Table 4's β beside
// each category: the reference a user needs when declaring a substance by its categories.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import type { HazardCategory } from '../api/chemicals.types';

/** Row spans merging consecutive rows of the same group (健康危害 / 物理危险) as the standard prints them. */
export function groupSpans(rows: readonly { group: string }[]): number[] {
  const spans = rows.map(() => 0);
  let start = 0;
  rows.forEach((r, i) => {
    if (i > 0 && rows[i - 1]?.group !== r.group) start = i;
    spans[start] = (spans[start] ?? 0) + 1;
  });
  return spans;
}

export function CategoriesTable({ rows, loading }: { rows: HazardCategory[]; loading: boolean }) {
  const { t } = useTranslation();
  const spans = groupSpans(rows);
  return (
    <Table<HazardCategory>
      data-testid="categories-table"
      size="small"
      rowKey="symbol"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: <EmptyState /> }}
      columns={[
        { key: 'group', title: t('chemicals.categories.group'), dataIndex: 'group', width: 90, onCell: (_r, i) => ({ rowSpan: spans[i ?? 0] ?? 1 }) },
        { key: 'category', title: t('chemicals.categories.category'), dataIndex: 'category', width: 150 },
        { key: 'symbol', title: t('chemicals.categories.symbol'), dataIndex: 'symbol', width: 70, render: (s: string) => <strong className="mono">{s}</strong> },
        { key: 'description', title: t('chemicals.categories.description'), dataIndex: 'description' },
        { key: 'Q', title: t('chemicals.categories.threshold'), dataIndex: 'thresholdTonnes', width: 100, align: 'right' },
        { key: 'beta', title: t('chemicals.categories.beta'), dataIndex: 'beta', width: 80, align: 'right', render: (b: string | number | null) => b ?? '—' },
      ]}
    />
  );
}
