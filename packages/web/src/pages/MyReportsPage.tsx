// 我的报告: the tasks the signed-in unit owes for a chosen quarter, one report form each.
import { Alert, Card, Collapse, Space, Statistic, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import type { ProgressReport, Quarter } from '../modules/plans/api/plans.types';
import { ExportUnitReportButton } from '../modules/plans/components/ExportButtons';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { QuarterSelect } from '../modules/plans/components/QuarterSelect';
import { ReportForm } from '../modules/plans/components/ReportForm';
import { usePlan, usePlans } from '../modules/plans/hooks/plan-context';
import { currentQuarter, parseQuarterKey, planQuarters, quarterKey } from '../modules/plans/utils/quarters';
import { taskLabel } from '../modules/plans/utils/task-label';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { ReportStatusTag, RoleTag, TaskStatusTag } from '../modules/shared/components/StatusTag';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatDate, todayIso } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';

export function MyReportsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const planId = useParams().planId ?? '';
  const { asOf } = usePlans();
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const quarters = planQuarters(plan.data);
  const picked = parseQuarterKey(params.get('q'));
  const quarter: Quarter | undefined = (picked && quarters.find((x) => x.year === picked.year && x.quarter === picked.quarter))
    ?? currentQuarter(quarters, asOf ?? todayIso());
  useCrumbs([{ title: t('nav.my-reports') }]);

  const unitId = me.organisation.id;
  const owes = useAsync(() => plansApi.unit(planId, unitId, asOf), [planId, unitId, asOf]);
  const reports = useAsync(
    () => (quarter ? plansApi.reports(planId, { year: quarter.year, quarter: quarter.quarter, unitId }).then((r) => r.items) : Promise.resolve([])),
    [planId, unitId, quarter?.year, quarter?.quarter],
    !!quarter,
  );
  const byTask = useMemo(() => new Map((reports.data ?? []).map((r) => [r.taskId, r])), [reports.data]);
  const onSaved = (r: ProgressReport) => reports.setData([...(reports.data ?? []).filter((x) => x.id !== r.id && x.taskId !== r.taskId), r]);

  const items = owes.data?.owes ?? [];
  const count = (s: string) => items.filter((o) => (byTask.get(o.taskId)?.status ?? 'none') === s).length;
  const multi = new Map<number, number>();
  for (const o of items) multi.set(o.taskNo, (multi.get(o.taskNo) ?? 0) + 1);

  return (
    <>
      <PageHeader title={t('myReports.title')} subtitle={orgName(me.organisation, i18n.language)} />
      <PlanToolbar
        planId={planId}
        showAsOf={false}
        extra={
          <Space wrap>
            <QuarterSelect quarters={quarters} value={quarter} startedBy={asOf ?? todayIso()} onChange={(q) => setParams({ q: quarterKey(q) }, { replace: true })} />
            <ExportUnitReportButton planId={planId} unitId={unitId} quarter={quarter} />
          </Space>
        }
      />
      {quarter && (
        <Alert type="info" showIcon className="page-alert" data-testid="my-reports-due" data-quarter={quarterKey(quarter)}
          title={t('myReports.due', { quarter: t('quarter.label', { year: quarter.year, quarter: quarter.quarter }), date: formatDate(quarter.dueOn) })} />
      )}
      {owes.error && <ErrorAlert error={owes.error} onRetry={owes.reload} />}
      {reports.error && <ErrorAlert error={reports.error} onRetry={reports.reload} />}
      {(owes.loading || reports.loading) && !(owes.data && reports.data) && <Loading />}
      {owes.data && reports.data && (
        <>
          <Card className="content-card" size="small">
            <div className="stat-strip">
              <Statistic title={t('myReports.owed')} value={items.length} />
              <Statistic title={t('myReports.notStarted')} value={count('none')} />
              <Statistic title={t('reportStatus.draft')} value={count('draft')} />
              <Statistic title={t('reportStatus.returned')} value={count('returned')} styles={{ content: { color: count('returned') ? '#fa8c16' : undefined } }} />
              <Statistic title={t('reportStatus.submitted')} value={count('submitted')} styles={{ content: { color: '#1677ff' } }} />
              <Statistic title={t('reportStatus.accepted')} value={count('accepted')} styles={{ content: { color: '#52c41a' } }} />
            </div>
          </Card>
          {items.length === 0 ? (
            <Card className="content-card"><EmptyState description={t('myReports.none')} /></Card>
          ) : quarter && (
            <Collapse
              className="report-collapse"
              data-testid="my-reports-list"
              accordion
              items={items.map((o) => {
                const r = byTask.get(o.taskId);
                return {
                  key: o.taskId,
                  label: (
                    <div className="report-panel-head" data-testid="report-panel" data-task-id={o.taskId} data-report-status={r?.status ?? 'none'}>
                      <span className="report-panel-head__no">{taskLabel(o, (multi.get(o.taskNo) ?? 1) > 1 || (o.itemNo ?? 1) > 1)}</span>
                      <span className="report-panel-head__title">{o.title}</span>
                    </div>
                  ),
                  extra: (
                    <span className="report-panel-tags">
                      <RoleTag role={o.role} />
                      <TaskStatusTag status={o.status} />
                      {r ? <ReportStatusTag status={r.status} late={r.late} /> : <Tag>{t('myReports.notStarted')}</Tag>}
                    </span>
                  ),
                  children: <ReportForm planId={planId} taskId={o.taskId} quarter={quarter} report={r} onSaved={onSaved} />,
                };
              })}
            />
          )}
        </>
      )}
    </>
  );
}
