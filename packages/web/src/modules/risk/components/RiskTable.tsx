// The risk-point list, worst first (the server sorts): colour, name and kind, status, control level, responsible,
// next review (red when late), enterprise or territory.
import { Table, Tooltip, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../shared/components/EmptyState';
import { formatDate } from '../../shared/utils/format';
import { riskUrls } from '../api/risk.api';
import type { RiskPointPage, RiskPointRow } from '../api/risk.types';
import { LevelTag, RiskStatusTag } from './LevelTag';

type Props = { data: RiskPointPage | undefined; loading: boolean; onPage?: (page: number, pageSize: number) => void; hideOwner?: boolean };

export function RiskTable({ data, loading, onPage, hideOwner }: Props) {
  const { t } = useTranslation();
  const pagination: TablePaginationConfig | false = onPage ? {
    current: data?.page ?? 1, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, showSizeChanger: true,
    showTotal: (total) => t('risk.list.total', { count: total }), onChange: onPage, size: 'small',
  } : false;
  return (
    <Table<RiskPointRow>
      data-testid="risk-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={pagination}
      scroll={{ x: hideOwner ? 900 : 1100 }}
      locale={{ emptyText: <EmptyState description={t('risk.list.empty')} /> }}
      onRow={(r) => ({ 'data-testid': 'risk-row', 'data-id': r.id, 'data-level': r.level, 'data-name': r.name } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'level', title: t('risk.field.level'), width: 90, fixed: 'left',
          render: (_: unknown, r) => (
            <Tooltip title={r.override ? t('risk.override.overridden', { level: t(`risk.level.${r.computedLevel}`) }) : undefined}>
              <span><LevelTag level={r.level} />{r.override && <span className="risk-override-mark">*</span>}</span>
            </Tooltip>
          ) },
        { key: 'name', title: t('risk.field.name'), width: 200,
          render: (_: unknown, r) => (
            <>
              <Link to={riskUrls.point(r.id)} data-testid="risk-row-link">{r.name}</Link>
              <div className="sub-text">{t(`risk.kind.${r.kind}`)}{r.location ? ` · ${r.location}` : ''}</div>
            </>
          ) },
        { key: 'status', title: t('risk.field.status'), width: 90, render: (_: unknown, r) => <RiskStatusTag status={r.status} /> },
        { key: 'controlLevel', title: t('risk.field.controlLevel'), width: 100, render: (_: unknown, r) => t(`risk.controlLevel.${r.controlLevel}`) },
        { key: 'responsible', title: t('risk.field.responsible'), width: 150,
          render: (_: unknown, r) => <>{r.responsiblePerson}<div className="sub-text">{r.responsibleDepartment}</div></> },
        { key: 'nextReview', title: t('risk.field.nextReviewOn'), width: 120,
          render: (_: unknown, r) => (
            <span className={r.reviewLate ? 'risk-late' : undefined} data-testid="risk-next-review" data-late={r.reviewLate ? '1' : '0'}>
              {formatDate(r.nextReviewOn)}{r.reviewLate && <div>{t('risk.review.late')}</div>}
            </span>
          ) },
        ...(hideOwner ? [] : [{ key: 'owner', title: t('risk.field.owner'), width: 200,
          render: (_: unknown, r: RiskPointRow) => (
            <>
              {r.enterprise ? <Link to={riskUrls.enterprise(r.enterprise.id)}>{r.enterprise.name}</Link> : <span className="sub-text">{t('risk.list.publicPlace')}</span>}
              <div className="sub-text">{[r.territory.name, r.grid?.name].filter(Boolean).join(' · ')}</div>
            </>
          ) }]),
      ]}
    />
  );
}
