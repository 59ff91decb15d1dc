// A year at a glance: twelve small months, holidays red, make-up working days orange, weekends grey, the
// district's overrides outlined.
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import type { CalendarDay } from '../api/calendar.api';

const pad = (n: number) => String(n).padStart(2, '0');

export function YearGrid({ year, days }: { year: number; days: CalendarDay[] }) {
  const { t } = useTranslation();
  const byDate = new Map(days.map((d) => [d.date, d]));
  const locale = currentLocale() === 'en' ? 'en-GB' : 'zh-CN';
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'narrow' });
  // Monday-first week header (2024-01-01 was a Monday).
  const heads = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(2024, 0, 1 + i)));

  return (
    <div className="year-grid" data-testid="year-grid">
      {Array.from({ length: 12 }, (_, m) => {
        const first = new Date(year, m, 1);
        const offset = (first.getDay() + 6) % 7;
        const count = new Date(year, m + 1, 0).getDate();
        return (
          <div className="year-grid__month" key={m}>
            <div className="year-grid__title">{monthName.format(first)}</div>
            <div className="year-grid__days">
              {heads.map((h, i) => <span key={`h${i}`} className="year-grid__head">{h}</span>)}
              {Array.from({ length: offset }, (_, i) => <span key={`o${i}`} />)}
              {Array.from({ length: count }, (_, i) => {
                const date = `${year}-${pad(m + 1)}-${pad(i + 1)}`;
                const d = byDate.get(date);
                const dow = (offset + i) % 7;
                const kind = d?.kind ?? (dow >= 5 ? 'weekend' : 'workday');
                const cls = `year-grid__day year-grid__day--${kind}${d?.source === 'override' ? ' year-grid__day--override' : ''}`;
                const cell = <span key={date} className={cls}>{i + 1}</span>;
                return d && (d.name || d.kind === 'holiday' || d.kind === 'makeup_workday')
                  ? <Tooltip key={date} title={`${d.name || t(`calendar.kind.${d.kind}`)}${d.source === 'override' ? ` · ${t('calendar.override')}` : ''}`}>{cell}</Tooltip>
                  : cell;
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
