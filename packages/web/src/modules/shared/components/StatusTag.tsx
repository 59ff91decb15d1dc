import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus, TaskStatus, UnitRole } from '../../plans/api/plans.types';

// One colour per task status, everywhere: grey, blue, gold, red, green, purple.
export const taskStatusColor: Record<TaskStatus, string> = {
  not_started: 'default', on_track: 'blue', due_soon: 'gold', overdue: 'red', done: 'green', waiting: 'purple',
};
/** The same colours as hex, for charts and the board's cells. */
export const taskStatusHex: Record<TaskStatus, string> = {
  not_started: '#bfbfbf', on_track: '#1677ff', due_soon: '#faad14', overdue: '#f5222d', done: '#52c41a', waiting: '#722ed1',
};
export const reportStatusColor: Record<ReportStatus, string> = { draft: 'default', submitted: 'processing', returned: 'orange', accepted: 'success' };

export function TaskStatusTag({ status }: { status: TaskStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return <Tag>—</Tag>;
  return <Tag color={taskStatusColor[status]} data-testid="task-status" data-status={status}>{t(`status.${status}`)}</Tag>;
}

export function ReportStatusTag({ status, late }: { status: ReportStatus | 'missing' | null | undefined; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {status === 'missing' || !status
        ? <Tag color="red" data-testid="report-status" data-status="missing">{t('reportStatus.missing')}</Tag>
        : <Tag color={reportStatusColor[status]} data-testid="report-status" data-status={status}>{t(`reportStatus.${status}`)}</Tag>}
      {late && <Tag color="volcano">{t('reportStatus.late')}</Tag>}
    </>
  );
}

export function RoleTag({ role }: { role: UnitRole }) {
  const { t } = useTranslation();
  return <Tag color={role === 'lead' ? 'geekblue' : 'cyan'}>{t(`role.${role}`)}</Tag>;
}
