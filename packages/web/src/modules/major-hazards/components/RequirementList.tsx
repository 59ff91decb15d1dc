// Monitoring requirements in the user's language, each with its basis; the platform's own suggestions are marked
// as such so they are never read as the law.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import type { Requirement } from '../api/major-hazards.types';
import { basisPattern } from '../utils/problem-codes';

export function RequirementList({ items, testId }: { items: readonly Requirement[]; testId?: string }) {
  const { i18n, t } = useTranslation();
  const basisText = (basis: string) => basis.replace(basisPattern, (_m, code: string) => `${t(`majorHazards.monitoring.sources.${code}`)} `).trim();
  if (items.length === 0) return <EmptyState description={t('majorHazards.monitoring.none')} />;
  return (
    <ol className="mh-requirements" data-testid={testId}>
      {items.map((r, i) => {
        const text = i18n.language === 'en' && r.en ? r.en : r.zh;
        // The default texts already say （平台建议）; a tag is added only where the text does not.
        const marked = /平台建议|suggestion/i.test(text);
        return (
          <li key={i} data-testid="requirement">
            {text}
            {r.suggestion && !marked && <Tag color="blue" variant="outlined" style={{ marginLeft: 6 }}>{t('majorHazards.monitoring.suggestion')}</Tag>}
            {r.basis && !r.suggestion && <span className="sub-text">（{t('majorHazards.monitoring.basis', { basis: basisText(r.basis) })}）</span>}
          </li>
        );
      })}
    </ol>
  );
}
