// A unit: the tasks it owes, the reports it is late with, what it has submitted.
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import type { Quarter, UnitDetail } from '../modules/plans/api/plans.types';
import { ExportUnitReportButton } from '../modules/plans/components/ExportButtons';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { QuarterSelect } from '../modules/plans/components/QuarterSelect';
import { ReportTable } from '../modules/plans/components/ReportTable';
import { SubmissionStatusTag } from '../modules/plans/components/SubmissionStatusTag';
import { usePlan, usePlans } from '../modules/plans/hooks/plan-context';
import { currentQuarter, planQuarters } from '../modules/plans/utils/quarters';
import { taskLabel } from '../modules/plans/utils/task-label';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { RoleTag, TaskStatusTag } from '../modules/shared/components/StatusTag';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatDate, formatDateTime, todayIso } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';

export function UnitPage() {
  const { t, i18n } = useTranslation();
  const { planId = '', unitId = '' } = useParams();
  const { asOf } = usePlans();
  const plan = usePlan(planId);
  const data = useAsync(() => plansApi.unit(planId, unitId, asOf), [planId, unitId, asOf]);
  const [quarter, setQuarter] = useState<Quarter | undefined>(undefined);
  const quarters = planQuarters(plan.data);
  const q = quarter ?? currentQuarter(quarters, asOf ?? todayIso());
  const d = data.data;
  const name = d ? orgName(d.unit, i18n.language) : '';
  useCrumbs([{ title: t('nav.board'), path: `/plans/${encodeURIComponent(planId)}/board` }, { title: name || t('common.unit') }]);
  const base = `/plans/${encodeURIComponent(planId)}`;
  const overdue = d ? d.owes.filter((o) => o.status === 'overdue').length : 0;

  return (
    <>
      <PageHeader title={<span data-testid="unit-name">{name || t('common.unit')}</span>} subtitle={d ? t(`orgKind.${d.unit.kind}`, { defaultValue: d.unit.kind }) : undefined} />
      <PlanToolbar
        planId={planId}
        effectiveAsOf={d?.asOf}
        extra={<><QuarterSelect quarters={quarters} value={q} onChange={setQuarter} /> <ExportUnitReportButton planId={planId} unitId={unitId} quarter={q} /></>}
      />
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.loading && !d && <Loading />}
      {d && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Card className="kpi-card" variant="borderless"><Statistic title={t('unit.owes')} value={d.owes.length} /></Card></Col>
          <Col xs={12} md={6}><Card className="kpi-card" variant="borderless"><Statistic title={t('unit.leads')} value={d.owes.filter((o) => o.role === 'lead').length} /></Card></Col>
          <Col xs={12} md={6}><Card className="kpi-card" variant="borderless"><Statistic title={t('status.overdue')} value={overdue} styles={{ content: { color: overdue ? '#f5222d' : undefined } }} /></Card></Col>
          <Col xs={12} md={6}><Card className="kpi-card" variant="borderless"><Statistic title={t('unit.lateReports')} value={d.late.length} styles={{ content: { color: d.late.length ? '#fa8c16' : undefined } }} /></Card></Col>
          <Col xs={24} xl={14}>
            <Card title={t('unit.owesTitle')} className="content-card">
              <Table<UnitDetail['owes'][number]>
                size="small" rowKey="taskId" dataSource={d.owes} data-testid="unit-owes"
                pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
                locale={{ emptyText: <EmptyState description={t('unit.owesNone')} /> }}
                columns={[
                  { key: 'no', title: t('board.no'), width: 64, render: (_: unknown, o) => taskLabel(o, (o.itemNo ?? 1) > 1) },
                  { key: 'title', title: t('common.task'), render: (_: unknown, o) => <Link to={`${base}/tasks/${encodeURIComponent(o.taskId)}`}>{o.title}</Link> },
                  { key: 'role', title: t('task.role'), width: 100, render: (_: unknown, o) => <RoleTag role={o.role} /> },
                  { key: 'status', title: t('board.status'), width: 100, render: (_: unknown, o) => <TaskStatusTag status={o.status} /> },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title={t('unit.lateTitle')} className="content-card">
              <Table<UnitDetail['late'][number]>
                size="small" rowKey={(l) => `${l.taskId}-${l.year}-${l.quarter}`} dataSource={d.late} data-testid="unit-late"
                pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
                locale={{ emptyText: <EmptyState description={t('unit.lateNone')} /> }}
                columns={[
                  { key: 'q', title: t('report.quarter'), render: (_: unknown, l) => t('quarter.label', { year: l.year, quarter: l.quarter }) },
                  { key: 'task', title: t('common.task'), render: (_: unknown, l) => <Link to={`${base}/tasks/${encodeURIComponent(l.taskId)}`}>{t('plans.taskNo', { no: l.taskNo ?? '' })}</Link> },
                  { key: 'due', title: t('report.dueOn'), render: (_: unknown, l) => formatDate(l.dueOn) },
                  { key: 'kind', title: t('report.status'), render: (_: unknown, l) => (l.missing === false ? <Tag color="gold">{t('reportStatus.late')}</Tag> : <Tag color="red">{t('reportStatus.missing')}</Tag>) },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('unit.reportsTitle')} className="content-card">
              <ReportTable reports={d.reports} planId={planId} show={['task']} testId="unit-reports" />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('unit.submissionsTitle')} className="content-card">
              <Table
                size="small" rowKey={(s) => `${s.kind}-${s.id ?? s.unitId}`} dataSource={d.submissions} pagination={false} data-testid="unit-submissions"
                locale={{ emptyText: <EmptyState /> }}
                columns={[
                  { key: 'kind', title: t('submissions.kind'), render: (_: unknown, s) => t(`submissionKind.${s.kind}`) },
                  { key: 'due', title: t('report.dueOn'), render: (_: unknown, s) => formatDate(s.dueOn) },
                  { key: 'status', title: t('report.status'), render: (_: unknown, s) => <SubmissionStatusTag s={s} /> },
                  { key: 'at', title: t('report.submittedAt'), render: (_: unknown, s) => formatDateTime(s.submittedAt) },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
