// 报送材料: the district office sees who has sent their contact return, implementation plan and summary; a unit
// fills its own.
import { Alert, Card, Descriptions, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import { submissionKinds, type SubmissionKind, type SubmissionView } from '../modules/plans/api/plans.types';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { ContactReturnForm, ImplementationPlanForm, SummaryForm } from '../modules/plans/components/SubmissionForms';
import { SubmissionStatusTag } from '../modules/plans/components/SubmissionStatusTag';
import { usePlan, usePlans } from '../modules/plans/hooks/plan-context';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatDate, formatDateTime } from '../modules/shared/utils/format';

function BodyView({ s }: { s: SubmissionView }) {
  const { t } = useTranslation();
  const b = s.body ?? {};
  const person = (v: unknown) => {
    const p = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    return [p.name, p.title, p.phone].filter((x) => typeof x === 'string' && x).join(' · ') || '—';
  };
  if (s.kind === 'contact_return') {
    return (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('submissions.leader')}>{person(b.leader)}</Descriptions.Item>
        <Descriptions.Item label={t('submissions.head')}>{person(b.head)}</Descriptions.Item>
      </Descriptions>
    );
  }
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('submissions.planTitle')}>{typeof b.title === 'string' ? b.title : '—'}</Descriptions.Item>
      <Descriptions.Item label={s.kind === 'summary' ? t('submissions.summaryText') : t('submissions.note')}>
        <div className="pre-wrap">{typeof b.text === 'string' ? b.text : typeof b.note === 'string' ? b.note : '—'}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}

export function SubmissionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const planId = useParams().planId ?? '';
  const { asOf, plans } = usePlans();
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const kind = (submissionKinds as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as SubmissionKind) : 'contact_return';
  const isAdmin = can.admin(me.role);
  useCrumbs([{ title: t('nav.submissions') }]);
  const list = useAsync(() => plansApi.submissions(planId, isAdmin ? {} : { unitId: me.organisation.id }).then((r) => r.items), [planId, asOf, isAdmin]);
  const items = list.data ?? [];
  const dueOf = (k: SubmissionKind) => plan.data?.submissions.find((s) => s.kind === k)?.dueOn;
  const mine = (k: SubmissionKind) => items.find((s) => s.kind === k && s.unitId === me.organisation.id);
  const base = `/plans/${encodeURIComponent(planId)}`;

  const adminTab = (k: SubmissionKind) => {
    const rows = items.filter((s) => s.kind === k);
    const done = rows.filter((s) => s.submittedAt).length;
    return (
      <>
        <Alert type="info" showIcon className="page-alert"
          title={t('submissions.adminSummary', { done, total: rows.length, date: formatDate(dueOf(k)) })} />
        <Table<SubmissionView>
          data-testid={`submissions-${k}`}
          size="small"
          rowKey={(s) => `${s.unitId}-${s.kind}`}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{ expandedRowRender: (s) => <BodyView s={s} />, rowExpandable: (s) => !!s.body }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            { key: 'unit', title: t('common.unit'), render: (_: unknown, s) => <Link to={`${base}/units/${encodeURIComponent(s.unitId)}`}>{s.unitName}</Link> },
            { key: 'status', title: t('report.status'), width: 150, render: (_: unknown, s) => <SubmissionStatusTag s={s} />,
              filters: [{ text: t('submissions.submitted'), value: 'submitted' }, { text: t('submissions.missing'), value: 'missing' }],
              onFilter: (v, s) => (v === 'submitted' ? !!s.submittedAt : !s.submittedAt) },
            { key: 'due', title: t('report.dueOn'), width: 120, render: (_: unknown, s) => formatDate(s.dueOn) },
            { key: 'at', title: t('report.submittedAt'), width: 160, render: (_: unknown, s) => formatDateTime(s.submittedAt) },
          ]}
        />
      </>
    );
  };

  const unitTab = (k: SubmissionKind) => {
    const current = mine(k);
    return (
      <>
        <Alert type={current?.submittedAt ? 'success' : current?.missing ? 'error' : 'info'} showIcon className="page-alert"
          title={current?.submittedAt
            ? t('submissions.doneOn', { at: formatDateTime(current.submittedAt) })
            : t('submissions.dueBy', { date: formatDate(dueOf(k) ?? current?.dueOn) })} />
        {k === 'contact_return' && <ContactReturnForm planId={planId} current={current} onSaved={list.reload} />}
        {k === 'implementation_plan' && <ImplementationPlanForm planId={planId} current={current} plans={plans} onSaved={list.reload} />}
        {k === 'summary' && <SummaryForm planId={planId} current={current} onSaved={list.reload} />}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('submissions.title')} subtitle={plan.data?.title} />
      <PlanToolbar planId={planId} showAsOf={isAdmin} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card" loading={list.loading && !list.data}>
        <Tabs
          activeKey={kind}
          onChange={(k) => setParams({ kind: k }, { replace: true })}
          items={submissionKinds.map((k) => ({
            key: k,
            label: <span data-testid={`tab-${k}`}>{t(`submissionKind.${k}`)}</span>,
            children: isAdmin ? adminTab(k) : unitTab(k),
          }))}
        />
      </Card>
    </>
  );
}
