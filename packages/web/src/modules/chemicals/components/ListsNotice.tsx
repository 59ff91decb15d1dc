// Which reference lists are loaded, and a visible warning for each one that is incomplete (the highly toxic list
// is partial): a chemical absent from it is "unknown", not "not highly toxic".
import { Alert, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/utils/format';
import type { ReferenceList } from '../api/chemicals.types';

const noteOf = (l: ReferenceList, language: string) => (language === 'en' && l.noteEn ? l.noteEn : l.note);

export function IncompleteListsNotice({ lists }: { lists: ReferenceList[] }) {
  const { t, i18n } = useTranslation();
  const incomplete = lists.filter((l) => !l.complete);
  if (incomplete.length === 0) return null;
  return (
    <Alert type="warning" showIcon className="page-alert" data-testid="lists-incomplete"
      title={t('chemicals.lists.incompleteTitle', { lists: incomplete.map((l) => l.title).join('、') })}
      description={(
        <ul className="error-details">
          {incomplete.map((l) => <li key={l.key} data-testid="list-incomplete" data-key={l.key}><strong>{l.title}</strong>：{noteOf(l, i18n.language) || t('chemicals.lists.incompleteNote')}</li>)}
        </ul>
      )} />
  );
}

export function ListsTable({ lists, loading }: { lists: ReferenceList[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<ReferenceList>
      data-testid="lists-table" size="small" rowKey="key" loading={loading} dataSource={lists} pagination={false} scroll={{ x: 760 }}
      columns={[
        { key: 'title', title: t('chemicals.lists.title'), dataIndex: 'title', width: 200 },
        { key: 'complete', title: t('chemicals.lists.completeness'), width: 100,
          render: (_: unknown, l) => (l.complete ? <Tag color="success">{t('chemicals.lists.complete')}</Tag> : <Tag color="warning">{t('chemicals.lists.partial')}</Tag>) },
        { key: 'count', title: t('chemicals.lists.entries'), width: 110, align: 'right',
          render: (_: unknown, l) => (l.entryCount === undefined ? '—' : `${formatNumber(l.entryCount)}${l.officialCount ? ` / ${formatNumber(l.officialCount)}` : ''}`) },
        { key: 'note', title: t('chemicals.lists.note'), render: (_: unknown, l) => noteOf(l, i18n.language) || '—' },
        { key: 'source', title: t('chemicals.lists.source'), dataIndex: 'source', width: 260, responsive: ['lg'], render: (s: string) => (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }} ellipsis={{ rows: 2, expandable: 'collapsible' }}>{s}</Typography.Paragraph>
        ) },
      ]}
    />
  );
}
