// The dashboard's charts: completion by task group, and quarterly reports on time / late / missing.
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/plans.types';
import { EChart } from './EChart';
import { taskStatusHex } from '../../shared/components/StatusTag';

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function CompletionByGroupChart({ data }: { data: Dashboard['completionByGroup'] }) {
  const { t, i18n } = useTranslation();
  const groups = [...data].sort((a, b) => a.groupNo - b.groupNo);
  const labels = groups.map((g) => `${g.groupNo}. ${truncate(g.title.replace(/^[一二三四五六七八九十]+、/, ''), i18n.language === 'en' ? 18 : 11)}`);
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as { dataIndex: number; marker: string; seriesName: string; value: number }[];
        const g = groups[list[0]?.dataIndex ?? 0];
        if (!g) return '';
        return [`<b>${g.title}</b>`, ...list.map((p) => `${p.marker}${p.seriesName}: ${p.value}`), `${t('dashboard.total')}: ${g.total}`].join('<br/>');
      },
    },
    legend: { top: 0, data: [t('status.done'), t('dashboard.inProgress'), t('status.overdue')] },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: i18n.language === 'en' ? 150 : 140, overflow: 'truncate' } },
    series: [
      { name: t('status.done'), type: 'bar', stack: 'g', data: groups.map((g) => g.done), itemStyle: { color: taskStatusHex.done }, barMaxWidth: 18 },
      { name: t('dashboard.inProgress'), type: 'bar', stack: 'g', data: groups.map((g) => Math.max(0, g.total - g.done - g.overdue)), itemStyle: { color: taskStatusHex.on_track } },
      { name: t('status.overdue'), type: 'bar', stack: 'g', data: groups.map((g) => g.overdue), itemStyle: { color: taskStatusHex.overdue } },
    ],
  };
  return <EChart option={option} height={Math.max(300, groups.length * 34 + 60)} testId="chart-completion" />;
}

export function ReportsByQuarterChart({ data }: { data: Dashboard['reportsByQuarter'] }) {
  const { t } = useTranslation();
  const rows = [...data].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [t('dashboard.onTime'), t('dashboard.late'), t('dashboard.missing')] },
    grid: { left: 8, right: 16, top: 36, bottom: rows.length > 8 ? 40 : 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => t('quarter.short', { year: r.year, quarter: r.quarter })), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: t('dashboard.reportsAxis') },
    series: [
      { name: t('dashboard.onTime'), type: 'bar', stack: 'r', data: rows.map((r) => r.onTime), itemStyle: { color: taskStatusHex.done }, barMaxWidth: 36 },
      { name: t('dashboard.late'), type: 'bar', stack: 'r', data: rows.map((r) => r.late), itemStyle: { color: taskStatusHex.due_soon } },
      { name: t('dashboard.missing'), type: 'bar', stack: 'r', data: rows.map((r) => r.missing), itemStyle: { color: taskStatusHex.overdue } },
    ],
  };
  return <EChart option={option} height={320} testId="chart-reports" />;
}
