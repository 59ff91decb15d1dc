// The tags of a finding, the same colours on every page: status, severity (重大 red), escalation level, 挂牌督办, overdue days.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingSeverity, FindingStatus, FindingSummary } from '../api/hidden-dangers.types';

export const statusColour: Record<FindingStatus, string> = { open: 'orange', rectifying: 'blue', awaiting_verification: 'purple', closed: 'green' };
const escalationColour = ['default', 'gold', 'volcano', 'red'] as const;

export function FindingStatusTag({ status }: { status: FindingStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColour[status]} data-testid="finding-status" data-status={status}>{t(`hiddenDangers.status.${status}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation();
  return <Tag color={severity === 'major' ? 'red' : 'default'} data-testid="finding-severity" data-severity={severity}>{t(`hiddenDangers.severity.${severity}`)}</Tag>;
}

export function EscalationTag({ level }: { level: number }) {
  const { t } = useTranslation();
  if (!level) return null;
  const l = Math.min(3, Math.max(1, level));
  return (
    <Tooltip title={t(`hiddenDangers.escalation.hint${l}`)}>
      <Tag color={escalationColour[l]} data-testid="finding-escalation" data-level={l}>{t(`hiddenDangers.escalation.level${l}`)}</Tag>
    </Tooltip>
  );
}

export function SupervisionTag({ supervision }: { supervision: FindingSummary['supervision'] }) {
  const { t } = useTranslation();
  if (supervision?.status !== 'listed') return null;
  return <Tag color="magenta" data-testid="finding-supervision">{t('hiddenDangers.supervision.listed')}{supervision.no ? ` ${supervision.no}` : ''}</Tag>;
}

/** The deadline, with the days overdue in red beneath it. */
export function OverdueDays({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days <= 0) return null;
  return <div className="finding-overdue" data-testid="finding-overdue" data-days={days}>{t('hiddenDangers.list.overdueDays', { count: days })}</div>;
}
