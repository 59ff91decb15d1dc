// A risk level as a tag in its colour (重大 red … 低 blue). Yellow (#FFFF00) takes dark text to stay readable.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour, type RiskLevel } from '../../api/risk-areas.types';

export const levelTextColour = (level: RiskLevel) => (level === 'yellow' ? 'rgba(0, 0, 0, 0.88)' : '#fff');

export function LevelTag({ level, testId }: { level: RiskLevel; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag style={{ background: levelColour[level], borderColor: levelColour[level], color: levelTextColour(level), marginInlineEnd: 0 }}
      data-testid={testId} data-level={level}>
      {t(`risk.areas.level.${level}`)}
    </Tag>
  );
}
