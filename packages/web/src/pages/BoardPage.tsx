// 分工看板: every task of the plan × every unit, filtered by group, unit and status, as of a chosen date.
import { Card, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import { taskStatuses, type TaskStatus } from '../modules/plans/api/plans.types';
import { BoardMatrix } from '../modules/plans/components/BoardMatrix';
import { ExportTasksButton } from '../modules/plans/components/ExportButtons';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { usePlan, usePlans } from '../modules/plans/hooks/plan-context';
import { taskStatusHex } from '../modules/shared/components/StatusTag';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { orgName } from '../modules/shared/utils/names';

export function BoardPage() {
  const { t, i18n } = useTranslation();
  const planId = useParams().planId ?? '';
  const { asOf } = usePlans();
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const groupNo = params.get('group') ? Number(params.get('group')) : undefined;
  const unitId = params.get('unit') ?? undefined;
  const statusParam = params.get('status');
  const status = (taskStatuses as readonly string[]).includes(statusParam ?? '') ? (statusParam as TaskStatus) : undefined;
  useCrumbs([{ title: t('nav.board') }]);

  const board = useAsync(() => plansApi.board(planId, { asOf, groupNo, unitId, status }), [planId, asOf, groupNo, unitId, status]);
  // The unit list for the filter comes from an unfiltered board (a filtered one only lists matching units).
  const filtered = groupNo !== undefined || unitId !== undefined || status !== undefined;
  const allUnits = useAsync(() => plansApi.board(planId, { asOf }).then((b) => b.units), [planId, asOf], filtered);
  const unitOptions = (filtered ? allUnits.data : board.data?.units) ?? [];

  const setFilter = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const counts = new Map<TaskStatus, number>();
  for (const r of board.data?.rows ?? []) for (const c of r.cells) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);

  return (
    <>
      <PageHeader title={t('board.title')} subtitle={plan.data?.title} />
      <PlanToolbar planId={planId} effectiveAsOf={board.data?.asOf} extra={<ExportTasksButton planId={planId} />} />
      <Card className="content-card" size="small">
        <div className="board-filters">
          <Space wrap size={[12, 8]}>
            <Select
              data-testid="filter-group"
              allowClear
              placeholder={t('board.filterGroup')}
              style={{ width: 260 }}
              value={groupNo}
              onChange={(v?: number) => setFilter('group', v)}
              options={(plan.data?.groups ?? []).map((g) => ({ value: g.no, label: g.title }))}
            />
            <Select
              data-testid="filter-unit"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('board.filterUnit')}
              style={{ width: 220 }}
              value={unitId}
              onChange={(v?: string) => setFilter('unit', v)}
              options={unitOptions.map((u) => ({ value: u.id, label: orgName(u, i18n.language) }))}
            />
            <Select
              data-testid="filter-status"
              allowClear
              placeholder={t('board.filterStatus')}
              style={{ width: 160 }}
              value={status}
              onChange={(v?: string) => setFilter('status', v)}
              options={taskStatuses.map((s) => ({ value: s, label: <span><span className="legend-dot" style={{ background: taskStatusHex[s] }} />{t(`status.${s}`)}</span> }))}
            />
          </Space>
          <div className="board-legend" data-testid="board-legend">
            {taskStatuses.map((s) => (
              <Tag key={s} bordered={false} className="board-legend__item">
                <span className="legend-dot" style={{ background: taskStatusHex[s] }} />
                {t(`status.${s}`)} <b>{counts.get(s) ?? 0}</b>
              </Tag>
            ))}
            <span className="board-legend__roles">{t('board.roleLegend')}</span>
          </div>
        </div>
        {board.error && <ErrorAlert error={board.error} onRetry={board.reload} />}
        {board.loading && !board.data && <Loading />}
        {board.data && (
          <>
            <div className="board-count" data-testid="board-count">{t('board.count', { rows: board.data.rows.length, units: board.data.units.length })}</div>
            <BoardMatrix planId={planId} board={board.data} loading={board.loading} />
          </>
        )}
      </Card>
    </>
  );
}
