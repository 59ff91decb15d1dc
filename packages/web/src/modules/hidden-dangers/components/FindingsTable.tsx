// The hidden-danger list (the server sorts: overdue and major first): description, enterprise with its 黑名单 badge,
// territory, severity, status, deadline with the days overdue in red, escalation level and 挂牌督办.
import { Space, Table, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BlacklistBadge } from '../../blacklist/components/BlacklistBadge';
import { EmptyState } from '../../shared/components/EmptyState';
import { formatDate } from '../../shared/utils/format';
import { findingUrls } from '../api/hidden-dangers.api';
import type { FindingPage, FindingSummary } from '../api/hidden-dangers.types';
import { EscalationTag, FindingStatusTag, OverdueDays, SeverityTag, SupervisionTag } from './FindingTags';

type Props = {
  data: FindingPage | undefined; loading: boolean; page: number; pageSize: number; hideEnterprise?: boolean;
  onPage?: (page: number, pageSize: number) => void;
};

export function FindingsTable({ data, loading, page, pageSize, hideEnterprise, onPage }: Props) {
  const { t } = useTranslation();
  const pagination: TablePaginationConfig | false = onPage ? {
    current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true,
    showTotal: (total) => t('hiddenDangers.list.total', { count: total }), onChange: onPage, size: 'small',
  } : false;
  return (
    <Table<FindingSummary>
      data-testid="hd-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={pagination}
      scroll={{ x: hideEnterprise ? 860 : 1100 }}
      locale={{ emptyText: <EmptyState description={t('hiddenDangers.list.empty')} /> }}
      onRow={(r) => ({ 'data-testid': 'hd-row', 'data-id': r.id, 'data-status': r.status, 'data-overdue': r.overdueDays } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'description', title: t('hiddenDangers.field.description'), width: 260,
          render: (_: unknown, r) => (
            <>
              <Link to={findingUrls.one(r.id)} data-testid="hd-row-link">{r.description}</Link>
              <div className="sub-text">{r.category} · {t(`hiddenDangers.source.${r.source}`)} · {formatDate(r.foundOn)}</div>
            </>
          ) },
        ...(hideEnterprise ? [] : [{ key: 'enterprise', title: t('hiddenDangers.field.enterprise'), width: 200,
          render: (_: unknown, r: FindingSummary) => (
            <>
              <Space size={4} wrap>{r.enterprise.name}<BlacklistBadge listed={r.enterprise.blacklisted ?? false} /></Space>
              <div className="sub-text">{r.territory.name}</div>
            </>
          ) }]),
        { key: 'severity', title: t('hiddenDangers.field.severity'), width: 90, render: (_: unknown, r) => <SeverityTag severity={r.severity} /> },
        { key: 'status', title: t('hiddenDangers.field.status'), width: 110, render: (_: unknown, r) => <FindingStatusTag status={r.status} /> },
        { key: 'deadline', title: t('hiddenDangers.field.deadline'), width: 120,
          render: (_: unknown, r) => <>{formatDate(r.deadline)}{r.status !== 'closed' && <OverdueDays days={r.overdueDays} />}</> },
        { key: 'escalation', title: t('hiddenDangers.field.escalation'), width: 150,
          render: (_: unknown, r) => <Space size={[4, 4]} wrap><EscalationTag level={r.escalationLevel} /><SupervisionTag supervision={r.supervision} /></Space> },
      ]}
    />
  );
}
