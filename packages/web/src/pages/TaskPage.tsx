// A task: its content, lead and responsible units (names the platform could not map are flagged), milestones and
// every report made on it.
import { WarningOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import type { TaskUnit } from '../modules/plans/api/plans.types';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { ReportTable } from '../modules/plans/components/ReportTable';
import { TaskMilestones } from '../modules/plans/components/TaskMilestones';
import { usePlans } from '../modules/plans/hooks/plan-context';
import { taskLabel } from '../modules/plans/utils/task-label';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { RoleTag, TaskStatusTag } from '../modules/shared/components/StatusTag';
import { useAsync } from '../modules/shared/hooks/use-async';

export function TaskPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { planId = '', taskId = '' } = useParams();
  const [params] = useSearchParams();
  const highlight = params.get('unit');
  const { asOf } = usePlans();
  const data = useAsync(() => plansApi.task(planId, taskId, asOf), [planId, taskId, asOf]);
  const task = data.data?.task;
  const no = task ? taskLabel(task, task.itemNo > 1) : '';
  useCrumbs([
    { title: t('nav.board'), path: `/plans/${encodeURIComponent(planId)}/board` },
    { title: task ? t('plans.taskNo', { no }) : t('common.task') },
  ]);

  const base = `/plans/${encodeURIComponent(planId)}`;
  const unitColumns = [
    {
      key: 'name', title: t('common.unit'),
      render: (_: unknown, u: TaskUnit) => (
        <span className={u.unitId && u.unitId === highlight ? 'is-highlight' : undefined}>
          {u.unitId ? <Link to={`${base}/units/${encodeURIComponent(u.unitId)}`}>{u.name}</Link> : <span>{u.rawName}</span>}
          {!u.mapped && (
            <Tooltip title={t('task.unmappedHint', { raw: u.rawName })}>
              <Tag color="warning" icon={<WarningOutlined />} className="unmapped-tag" data-testid="unmapped-unit">{t('task.unmapped')}</Tag>
            </Tooltip>
          )}
          {u.group && <div className="sub-text">{t('task.fromGroup', { group: u.group })}</div>}
        </span>
      ),
    },
    { key: 'role', title: t('task.role'), width: 110, render: (_: unknown, u: TaskUnit) => <RoleTag role={u.role} /> },
    { key: 'status', title: t('board.status'), width: 110, render: (_: unknown, u: TaskUnit) => <TaskStatusTag status={u.status ?? null} /> },
  ];
  const leads = (data.data?.units ?? []).filter((u) => u.role === 'lead');
  const units = [...leads, ...(data.data?.units ?? []).filter((u) => u.role !== 'lead')];

  return (
    <>
      <PageHeader
        title={task ? <span data-testid="task-title">{t('plans.taskNo', { no })} {task.title}</span> : t('common.task')}
        subtitle={task?.groupTitle}
        extra={task?.status ? <TaskStatusTag status={task.status} /> : undefined}
      />
      <PlanToolbar planId={planId} effectiveAsOf={data.data?.asOf} />
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.loading && !data.data && <Loading />}
      {data.data && task && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title={t('task.info')} className="content-card">
              <Descriptions column={1} size="small" bordered data-testid="task-info">
                <Descriptions.Item label={t('task.group')}>{task.groupTitle}</Descriptions.Item>
                <Descriptions.Item label={t('task.task')}>{task.title}</Descriptions.Item>
                <Descriptions.Item label={t('task.content')}><Typography.Paragraph className="pre-wrap task-content" data-testid="task-content">{task.content}</Typography.Paragraph></Descriptions.Item>
                <Descriptions.Item label={t('task.leadText')}>{task.leadText || '—'}</Descriptions.Item>
                <Descriptions.Item label={t('task.responsibleText')}>{task.responsibleText || '—'}</Descriptions.Item>
                <Descriptions.Item label={t('task.deadline')}>
                  {task.deadlineText} <Tag bordered={false} color="blue">{t(`deadlineKind.${task.deadlineKind}`, { defaultValue: task.deadlineKind })}</Tag>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title={t('task.units', { count: units.length })} className="content-card">
              <Table size="small" rowKey={(u) => `${u.role}-${u.unitId ?? u.rawName}`} columns={unitColumns} dataSource={units}
                pagination={{ pageSize: 12, hideOnSinglePage: true, size: 'small' }} data-testid="task-units" />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('task.milestones')} className="content-card">
              <TaskMilestones planId={planId} milestones={data.data.milestones} units={data.data.units} asOf={data.data.asOf}
                myUnitId={me.organisation.id} isAdmin={can.admin(me.role)} onChanged={data.reload} />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('task.reports')} className="content-card">
              <ReportTable reports={data.data.reports} planId={planId} show={['unit']} testId="task-reports" />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
