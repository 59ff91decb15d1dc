// Where each Q and β came from, named as the standard names it: "GB 18218 表1 第65项 甲醇", "表2 W5.3 易燃液体
// (considered …)", "表3 氯", "表4 W5.3 易燃液体".
import { useTranslation } from 'react-i18next';
import type { TraceLine } from '../api/major-hazards.types';

export function ThresholdSource({ source }: { source: TraceLine['thresholdSource'] }) {
  const { t } = useTranslation();
  if (source.table === 1) {
    return (
      <span className="mh-source" data-testid="threshold-source" data-table="1" data-serial={source.serial}>
        {t('majorHazards.trace.table1Source', { serial: source.serial, name: source.rowName })}
        {source.matchedBy === 'name' && <span className="mh-source__considered">{t('majorHazards.trace.matchedByName')}</span>}
      </span>
    );
  }
  const others = source.considered.filter((c) => c.symbol !== source.symbol);
  return (
    <span className="mh-source" data-testid="threshold-source" data-table="2" data-symbol={source.symbol}>
      {t('majorHazards.trace.table2Source', { symbol: source.symbol, category: source.category })}
      {source.considered.length > 1 && (
        <span className="mh-source__considered">
          {t('majorHazards.trace.considered', { list: source.considered.map((c) => `${c.symbol} ${c.thresholdTonnes} t`).join('，') })}
          {others.length > 0 && ` ${t('majorHazards.trace.lowestTaken')}`}
        </span>
      )}
    </span>
  );
}

export function BetaSource({ source }: { source: TraceLine['betaSource'] }) {
  const { t } = useTranslation();
  if (!source) return <span className="mh-source">—</span>;
  if (source.table === 3) {
    return <span className="mh-source" data-testid="beta-source" data-table="3">{t('majorHazards.trace.table3Source', { name: source.rowName })}</span>;
  }
  return (
    <span className="mh-source" data-testid="beta-source" data-table="4">
      {t('majorHazards.trace.table4Source', { symbol: source.symbol, category: source.category })}
      {source.chosenBy === 'beta_symbol' && <span className="mh-source__considered">{t('majorHazards.trace.betaChosen')}</span>}
    </span>
  );
}
