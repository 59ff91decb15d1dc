// The board: tasks (rows, grouped as in 附件1) × units (columns), each cell the unit's status on the task in
// its colour, with L/R (牵头/责任) inside. Header and the first columns stay in place while scrolling.
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Board, BoardCell, BoardRow, UnitRef } from '../api/plans.types';
import { TaskStatusTag, taskStatusHex } from '../../shared/components/StatusTag';
import { formatDateTime } from '../../shared/utils/format';
import { orgName } from '../../shared/utils/names';
import { taskLabel } from '../utils/task-label';

type Row = BoardRow & { key: string; groupSpan: number };

export function BoardMatrix({ planId, board, loading }: { planId: string; board: Board; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const base = `/plans/${encodeURIComponent(planId)}`;

  const rows: Row[] = useMemo(() => {
    const sorted = [...board.rows].sort((a, b) => a.groupNo - b.groupNo || a.taskNo - b.taskNo || a.itemNo - b.itemNo);
    return sorted.map((r, i) => {
      const first = i === 0 || sorted[i - 1]?.groupNo !== r.groupNo;
      let span = 0;
      if (first) for (let j = i; j < sorted.length && sorted[j]?.groupNo === r.groupNo; j++) span++;
      return { ...r, key: r.taskId, groupSpan: span };
    });
  }, [board.rows]);
  const multiItem = useMemo(() => {
    const count = new Map<number, number>();
    for (const r of board.rows) count.set(r.taskNo, (count.get(r.taskNo) ?? 0) + 1);
    return count;
  }, [board.rows]);

  const openTask = (r: BoardRow, unitId?: string) =>
    navigate(`${base}/tasks/${encodeURIComponent(r.taskId)}${unitId ? `?unit=${encodeURIComponent(unitId)}` : ''}`);

  const unitColumn = (u: UnitRef): TableColumnsType<Row>[number] => ({
    key: u.id,
    title: (
      <Link to={`${base}/units/${encodeURIComponent(u.id)}`} className="board-unit-head" title={orgName(u, i18n.language)} data-testid="board-unit">
        {orgName(u, i18n.language)}
      </Link>
    ),
    width: 40,
    align: 'center',
    className: 'board-cell-col',
    onCell: () => ({ className: 'board-cell-td' }),
    render: (_: unknown, r: Row) => {
      const cell = r.cells.find((c) => c.unitId === u.id);
      return cell ? <Cell cell={cell} unit={u} onClick={() => { void openTask(r, u.id); }} /> : null;
    },
  });

  const columns: TableColumnsType<Row> = [
    {
      key: 'group', title: t('board.group'), width: 120, fixed: 'left', className: 'board-group-col',
      onCell: (r) => ({ rowSpan: r.groupSpan }),
      render: (_: unknown, r) => <span className="board-group">{r.groupTitle}</span>,
    },
    {
      key: 'no', title: t('board.no'), width: 56, fixed: 'left', align: 'center',
      render: (_: unknown, r) => taskLabel(r, (multiItem.get(r.taskNo) ?? 1) > 1),
    },
    {
      key: 'title', title: t('board.task'), width: 230, fixed: 'left',
      render: (_: unknown, r) => (
        <div className="board-task">
          <Link to={`${base}/tasks/${encodeURIComponent(r.taskId)}`} data-testid="board-task-link">{r.title}</Link>
          <div className="board-task__deadline">{r.deadlineText}</div>
        </div>
      ),
    },
    { key: 'status', title: t('board.status'), width: 86, align: 'center', render: (_: unknown, r) => <TaskStatusTag status={r.status ?? worst(r.cells)} /> },
    ...board.units.map(unitColumn),
  ];

  return (
    <Table<Row>
      data-testid="board-table"
      className="board-table"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      sticky={{ offsetHeader: 56 }}
      scroll={{ x: 500 + board.units.length * 40 }}
      onRow={(r) => ({ 'data-testid': 'board-row', 'data-task-no': taskLabel(r, true) } as HTMLAttributes<HTMLTableRowElement>)}
      locale={{ emptyText: t('board.noRows') }}
    />
  );
}

function Cell({ cell, unit, onClick }: { cell: BoardCell; unit: UnitRef; onClick: () => void }) {
  const { t, i18n } = useTranslation();
  const tip = (
    <div>
      <div><b>{orgName(unit, i18n.language)}</b> · {t(`role.${cell.role}`)}</div>
      <div>{t('board.status')}: {t(`status.${cell.status}`)}</div>
      {cell.lastReport
        ? <div>{t('board.lastReport', { quarter: t('quarter.short', { year: cell.lastReport.year, quarter: cell.lastReport.quarter }), progress: cell.lastReport.progress })}
          {cell.lastReport.submittedAt ? ` · ${formatDateTime(cell.lastReport.submittedAt)}` : ''}</div>
        : <div>{t('board.noReport')}</div>}
    </div>
  );
  return (
    <Tooltip title={tip} mouseEnterDelay={0.2}>
      <button
        type="button"
        className={`board-cell board-cell--${cell.role}`}
        style={{ background: taskStatusHex[cell.status] }}
        onClick={onClick}
        data-testid="board-cell"
        data-status={cell.status}
        aria-label={`${orgName(unit, i18n.language)} ${t(`role.${cell.role}`)} ${t(`status.${cell.status}`)}`}
      >
        {t(`role.${cell.role}Short`)}
      </button>
    </Tooltip>
  );
}

const severity = ['done', 'not_started', 'waiting', 'on_track', 'due_soon', 'overdue'] as const;
/** A row's status when the API gives none: its worst cell. */
function worst(cells: BoardCell[]) {
  let best: BoardCell['status'] | undefined;
  for (const c of cells) if (!best || severity.indexOf(c.status) > severity.indexOf(best)) best = c.status;
  return best;
}
