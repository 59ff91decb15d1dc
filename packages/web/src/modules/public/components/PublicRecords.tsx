// A list of public records (blacklist entries or penalty decisions) with a column for each field the feed carries:
// the feed already left out every field the district keeps confidential, so nothing here can show one.
import { Card, Descriptions, Empty, Grid, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/utils/format';
import type { PublicRecord } from '../api/public.api';
import { presentFields, textOf } from '../api/public-values';

const dateFields = new Set(['listedFrom', 'listedUntil', 'decidedOn', 'publishedAt']);
const longFields = new Set(['reason', 'facts', 'legalBasis', 'criteria']);

type Props = { kind: 'blacklist' | 'penalty'; items: PublicRecord[]; order: readonly string[]; loading: boolean; testId: string };

export function PublicRecords({ kind, items, order, loading, testId }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const fields = presentFields(items, order);
  const cell = (field: string, value: unknown) => {
    if (field === 'partyKind' && typeof value === 'string') return <Tag>{t(`public.partyKind.${value}`, { defaultValue: value })}</Tag>;
    if (dateFields.has(field) && typeof value === 'string') return formatDate(value);
    if (field === 'amount' && value !== null && value !== undefined && value !== '') return t('public.yuan', { amount: textOf(value) });
    return textOf(value);
  };
  const title = (f: string) => t(`public.field.${kind}.${f}`, { defaultValue: f });
  // On a phone a wide table hides most columns: one card per record, every public field as a line.
  if (screens.md === false) {
    return (
      <Spin spinning={loading}>
        <div data-testid={testId} data-fields={fields.join(',')}>
          {!items.length && !loading && <Empty description={t(`public.empty.${kind}`)} />}
          {items.map((r) => (
            <Card key={r.id} size="small" style={{ marginBottom: 8 }} data-testid={`${testId}-row`} data-id={r.id}>
              <Descriptions size="small" column={1} items={fields.map((f) => ({ key: f, label: title(f), children: <span data-field={f}>{cell(f, r[f])}</span> }))} />
            </Card>
          ))}
        </div>
      </Spin>
    );
  }
  return (
    <Table<PublicRecord>
      rowKey="id" size="middle" loading={loading} dataSource={items} scroll={{ x: Math.max(600, fields.length * 140) }}
      data-testid={testId} data-fields={fields.join(',')} pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t(`public.empty.${kind}`) }}
      onRow={(r) => ({ 'data-testid': `${testId}-row`, 'data-id': r.id } as object)}
      columns={fields.map((f) => ({
        key: f, title: title(f), width: longFields.has(f) ? 280 : dateFields.has(f) ? 110 : undefined,
        render: (_: unknown, r: PublicRecord) => <span data-field={f}>{cell(f, r[f])}</span>,
      }))}
    />
  );
}
