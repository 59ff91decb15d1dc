// 首页 / plan dashboard: KPI cards, completion by group, reports by quarter, late units and the milestone timeline.
import type { ReactNode } from 'react';
import { AlertOutlined, ApartmentOutlined, CheckCircleOutlined, FileTextOutlined, ProfileOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import { CompletionByGroupChart, ReportsByQuarterChart } from '../modules/plans/components/DashboardCharts';
import { ExportTasksButton } from '../modules/plans/components/ExportButtons';
import { PlanTimeline } from '../modules/plans/components/MilestoneTimeline';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { usePlan, usePlans } from '../modules/plans/hooks/plan-context';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatDate, formatNumber } from '../modules/shared/utils/format';

export function DashboardPage() {
  const { t } = useTranslation();
  const planId = useParams().planId ?? '';
  const { asOf } = usePlans();
  const plan = usePlan(planId);
  const dash = useAsync(() => plansApi.dashboard(planId, asOf), [planId, asOf]);
  useCrumbs([{ title: t('nav.dashboard') }]);

  const d = dash.data;
  const overdue = d ? d.completionByGroup.reduce((s, g) => s + g.overdue, 0) : 0;
  const done = d ? d.completionByGroup.reduce((s, g) => s + g.done, 0) : 0;
  const itemsTotal = d ? d.completionByGroup.reduce((s, g) => s + g.total, 0) : 0;

  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={plan.data ? `${plan.data.title}${plan.data.code ? `（${plan.data.code}）` : ''}` : undefined} />
      <PlanToolbar planId={planId} effectiveAsOf={d?.asOf} extra={<ExportTasksButton planId={planId} />} />
      {dash.error && <ErrorAlert error={dash.error} onRetry={dash.reload} />}
      {dash.loading && !d && <Loading />}
      {d && (
        <div className={dash.loading ? 'is-reloading' : undefined}>
          <Row gutter={[16, 16]} className="kpi-row" data-testid="kpi-cards">
            <Kpi icon={<ProfileOutlined />} color="#1456b8" title={t('dashboard.kpiTasks')} value={d.totals.tasks} />
            <Kpi icon={<UnorderedListOutlined />} color="#13a8a8" title={t('dashboard.kpiItems')} value={d.totals.items} />
            <Kpi icon={<ApartmentOutlined />} color="#2f54eb" title={t('dashboard.kpiUnits')} value={d.totals.units} />
            <Kpi icon={<FileTextOutlined />} color="#722ed1" title={t('dashboard.kpiReports')} value={d.totals.reports} />
            <Kpi icon={<CheckCircleOutlined />} color="#52c41a" title={t('dashboard.kpiDone')} value={done}
              suffix={itemsTotal ? `/ ${formatNumber(itemsTotal)}` : undefined} />
            <Kpi icon={<AlertOutlined />} color="#f5222d" title={t('dashboard.kpiOverdue')} value={overdue} />
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('dashboard.completionByGroup')} className="content-card">
                {d.completionByGroup.length ? <CompletionByGroupChart data={d.completionByGroup} /> : <EmptyState />}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('dashboard.reportsByQuarter')} className="content-card">
                {d.reportsByQuarter.length ? <ReportsByQuarterChart data={d.reportsByQuarter} /> : <EmptyState />}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('dashboard.lateUnits')} className="content-card" extra={<Tag color="red">{t('dashboard.asOfTag', { date: formatDate(d.asOf) })}</Tag>}>
                <Table
                  data-testid="late-units-table"
                  size="small"
                  rowKey="unitId"
                  dataSource={[...d.lateUnits].sort((a, b) => b.late + b.missing - (a.late + a.missing))}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
                  locale={{ emptyText: <EmptyState description={t('dashboard.noLateUnits')} /> }}
                  columns={[
                    { title: t('common.unit'), dataIndex: 'name', render: (name: string, r) => <Link to={`/plans/${encodeURIComponent(planId)}/units/${encodeURIComponent(r.unitId)}`}>{name}</Link> },
                    { title: t('dashboard.late'), dataIndex: 'late', width: 90, align: 'right', render: (n: number) => (n ? <Tag color="gold">{formatNumber(n)}</Tag> : '0') },
                    { title: t('dashboard.missing'), dataIndex: 'missing', width: 90, align: 'right', render: (n: number) => (n ? <Tag color="red">{formatNumber(n)}</Tag> : '0') },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('dashboard.timeline')} className="content-card">
                {d.timeline.length ? <PlanTimeline items={d.timeline} asOf={d.asOf} /> : <EmptyState />}
              </Card>
            </Col>
          </Row>
        </div>
      )}
    </>
  );
}

function Kpi({ icon, color, title, value, suffix }: { icon: ReactNode; color: string; title: string; value: number; suffix?: string | undefined }) {
  return (
    <Col xs={12} sm={8} xl={4}>
      <Card className="kpi-card" variant="borderless">
        <div className="kpi-card__icon" style={{ background: `${color}1a`, color }}>{icon}</div>
        <Statistic title={title} value={value} suffix={suffix} formatter={(v) => formatNumber(Number(v))} />
      </Card>
    </Col>
  );
}
