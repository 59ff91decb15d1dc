// Monitoring requirements in the user's language (each requirement carries zh and en).
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import type { Requirement } from '../api/major-hazards.types';

export function RequirementList({ items, testId }: { items: readonly Requirement[]; testId?: string }) {
  const { i18n, t } = useTranslation();
  if (items.length === 0) return <EmptyState description={t('majorHazards.monitoring.none')} />;
  return (
    <ol className="mh-requirements" data-testid={testId}>
      {items.map((r, i) => <li key={i}>{i18n.language === 'en' && r.en ? r.en : r.zh}</li>)}
    </ol>
  );
}
