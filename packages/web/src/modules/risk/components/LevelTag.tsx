// A risk level in its colour (重大 red, 较大 orange, 一般 yellow, 低 blue — levelColour from the domain), and the
// control status as a tag. Text on yellow is dark so it stays readable.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour, type RiskLevel, type RiskStatus } from '../api/risk.types';

export const textOn = (level: RiskLevel) => (level === 'yellow' ? '#262626' : '#ffffff');

export function LevelTag({ level, testId = 'risk-level' }: { level: RiskLevel; testId?: string }) {
  const { t } = useTranslation();
  return (
    // A solid tag in the level's own colour (antd's `color` would tint it light and lose the standard colour).
    <Tag style={{ background: levelColour[level], color: textOn(level), borderColor: levelColour[level] }} data-testid={testId} data-level={level}>
      {t(`risk.level.${level}`)}
    </Tag>
  );
}

/** The big colour block of a point's header: the colour, the level's name, and the score under it. */
export function LevelBadge({ level, caption }: { level: RiskLevel; caption?: string }) {
  const { t } = useTranslation();
  return (
    <div className="risk-badge" style={{ background: levelColour[level], color: textOn(level) }} data-testid="risk-badge" data-level={level}>
      <div className="risk-badge__name">{t(`risk.level.${level}`)}</div>
      {caption && <div className="risk-badge__caption">{caption}</div>}
    </div>
  );
}

const statusColour: Record<RiskStatus, string> = { controlled: 'green', attention: 'gold', out_of_control: 'red' };

export function RiskStatusTag({ status }: { status: RiskStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColour[status]} data-testid="risk-status" data-status={status}>{t(`risk.status.${status}`)}</Tag>;
}
