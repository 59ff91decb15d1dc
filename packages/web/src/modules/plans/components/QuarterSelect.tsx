import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Quarter } from '../api/plans.types';
import { quarterKey, quarterStart } from '../utils/quarters';
import { formatDate } from '../../shared/utils/format';

export function QuarterSelect({ quarters, value, onChange, testId = 'quarter-select', startedBy }: {
  quarters: readonly Quarter[]; value: Quarter | undefined; onChange: (q: Quarter) => void; testId?: string;
  /** When given, quarters that have not begun by this date cannot be chosen (nothing to report yet). */
  startedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      data-testid={testId}
      style={{ minWidth: 220 }}
      value={value ? quarterKey(value) : undefined}
      placeholder={t('quarter.choose')}
      onChange={(k: string) => { const q = quarters.find((x) => quarterKey(x) === k); if (q) onChange(q); }}
      options={quarters.map((q) => ({
        value: quarterKey(q),
        disabled: startedBy !== undefined && quarterStart(q) > startedBy,
        label: `${t('quarter.label', { year: q.year, quarter: q.quarter })} · ${t('quarter.dueShort', { date: formatDate(q.dueOn) })}`,
      }))}
    />
  );
}
