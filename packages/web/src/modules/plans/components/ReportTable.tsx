// Progress reports as a table; a row opens to show 进展情况 / 存在问题 / 下步计划 and the reviewer's comment.
import { Descriptions, Grid, Progress, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgressReport } from '../api/plans.types';
import { EmptyState } from '../../shared/components/EmptyState';
import { ReportStatusTag } from '../../shared/components/StatusTag';
import { formatDate, formatDateTime } from '../../shared/utils/format';

export function ReportDetails({ r }: { r: ProgressReport }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Descriptions size="small" column={1} bordered className="report-details" layout={screens.sm ? 'horizontal' : 'vertical'}>
      <Descriptions.Item label={t('report.content')}><div className="pre-wrap">{r.content || '—'}</div></Descriptions.Item>
      <Descriptions.Item label={t('report.problems')}><div className="pre-wrap">{r.problems || '—'}</div></Descriptions.Item>
      <Descriptions.Item label={t('report.nextSteps')}><div className="pre-wrap">{r.nextSteps || '—'}</div></Descriptions.Item>
      {r.reviewComment && <Descriptions.Item label={t('report.reviewComment')}><div className="pre-wrap">{r.reviewComment}</div></Descriptions.Item>}
    </Descriptions>
  );
}

export function ReportTable({ reports, planId, show = ['unit', 'task'], extraColumns = [], testId = 'report-table', loading, emptyText }: {
  reports: ProgressReport[]; planId: string; show?: ('unit' | 'task')[]; extraColumns?: TableColumnsType<ProgressReport>;
  testId?: string; loading?: boolean; emptyText?: ReactNode;
}) {
  const { t } = useTranslation();
  const base = `/plans/${encodeURIComponent(planId)}`;
  const columns: TableColumnsType<ProgressReport> = [
    ...(show.includes('unit') ? [{
      key: 'unit', title: t('common.unit'), dataIndex: 'unitName', width: 150,
      render: (v: string, r: ProgressReport) => <Link to={`${base}/units/${encodeURIComponent(r.unitId)}`}>{v}</Link>,
    }] : []),
    ...(show.includes('task') ? [{
      key: 'task', title: t('common.task'), width: 90,
      render: (_: unknown, r: ProgressReport) => <Link to={`${base}/tasks/${encodeURIComponent(r.taskId)}`}>{t('plans.taskNo', { no: r.itemNo && r.itemNo > 1 ? `${r.taskNo}.${r.itemNo}` : r.taskNo })}</Link>,
    }] : []),
    { key: 'quarter', title: t('report.quarter'), width: 120, render: (_: unknown, r) => t('quarter.label', { year: r.year, quarter: r.quarter }) },
    { key: 'status', title: t('report.status'), width: 150, render: (_: unknown, r) => <ReportStatusTag status={r.status} late={r.late} /> },
    { key: 'progress', title: t('report.progress'), width: 130, render: (_: unknown, r) => <Progress percent={r.progress} size="small" /> },
    { key: 'dueOn', title: t('report.dueOn'), width: 110, render: (_: unknown, r) => formatDate(r.dueOn) },
    { key: 'submittedAt', title: t('report.submittedAt'), width: 160, render: (_: unknown, r) => formatDateTime(r.submittedAt) },
    ...extraColumns,
  ];
  return (
    <Table<ProgressReport>
      data-testid={testId}
      size="small"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={reports}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      expandable={{ expandedRowRender: (r) => <ReportDetails r={r} /> }}
      onRow={(r) => ({ 'data-testid': `${testId}-row`, 'data-report-id': r.id, 'data-task-id': r.taskId, 'data-unit-id': r.unitId, 'data-status': r.status } as HTMLAttributes<HTMLElement>)}
      locale={{ emptyText: <EmptyState description={emptyText ?? t('report.none')} /> }}
    />
  );
}
