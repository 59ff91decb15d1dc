// Monitoring requirements in the user's language, each with its basis; the platform's own suggestions are marked
// as such so they are never read as the law.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import type { Requirement } from '../api/major-hazards.types';

export function RequirementList({ items, testId }: { items: readonly Requirement[]; testId?: string }) {
  const { i18n, t } = useTranslation();
  if (items.length === 0) return <EmptyState description={t('majorHazards.monitoring.none')} />;
  return (
    <ol className="mh-requirements" data-testid={testId}>
      {items.map((r, i) => (
        <li key={i} data-testid="requirement">
          {i18n.language === 'en' && r.en ? r.en : r.zh}
          {r.suggestion && <Tag color="blue" variant="outlined" style={{ marginLeft: 6 }}>{t('majorHazards.monitoring.suggestion')}</Tag>}
          {r.basis && <span className="sub-text">（{t('majorHazards.monitoring.basis', { basis: r.basis })}）</span>}
        </li>
      ))}
    </ol>
  );
}
