// The hidden-danger statistics as ECharts (tree-shaken like the risk dashboard): found / closed / overdue by territory
// and by industry, found by type, found and closed by month, and the findings at each escalation level.
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import type { FindingStats } from '../api/hidden-dangers.types';

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const colour = { found: '#fa8c16', closed: '#52c41a', overdue: '#f5222d', major: '#a8071a' };

function Chart({ option, height = 300, testId, rows }: { option: EChartsOption; height?: number; testId: string; rows: number }) {
  return (
    <div data-testid={testId} data-rows={rows}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height, width: '100%' }} />
    </div>
  );
}

function useNames() {
  const { t } = useTranslation();
  return { found: t('hiddenDangers.stats.found'), closed: t('hiddenDangers.stats.closed'), overdue: t('hiddenDangers.stats.overdue'), major: t('hiddenDangers.stats.major') };
}

export function ByTerritoryChart({ data }: { data: FindingStats['byTerritory'] }) {
  const n = useNames();
  const rows = data.filter((r) => r.found > 0).sort((a, b) => b.found - a.found);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: rows.length > 6 ? 48 : 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: (['found', 'closed', 'overdue', 'major'] as const).map((k) => ({
      name: n[k], type: 'bar' as const, barMaxWidth: 24, data: rows.map((r) => r[k]), itemStyle: { color: colour[k] },
    })),
  };
  return <Chart option={option} testId="hd-chart-territory" rows={rows.length} />;
}

export function ByIndustryChart({ data }: { data: FindingStats['byIndustry'] }) {
  const { t } = useTranslation();
  const n = useNames();
  const rows = data.filter((r) => r.found > 0).sort((a, b) => b.found - a.found).slice(0, 12);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.industry || t('hiddenDangers.stats.noIndustry')), axisLabel: { width: 140, overflow: 'truncate' } },
    series: (['found', 'closed', 'overdue'] as const).map((k) => ({
      name: n[k], type: 'bar' as const, barMaxWidth: 14, data: rows.map((r) => r[k]), itemStyle: { color: colour[k] },
    })),
  };
  return <Chart option={option} height={Math.max(240, rows.length * 36 + 60)} testId="hd-chart-industry" rows={rows.length} />;
}

export function ByCategoryChart({ data }: { data: FindingStats['byCategory'] }) {
  const rows = data.filter((r) => r.found > 0).sort((a, b) => b.found - a.found);
  const option: EChartsOption = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll', itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
    series: [{
      type: 'pie', radius: ['34%', '60%'], center: ['50%', '42%'], minShowLabelAngle: 12, label: { formatter: '{b}\n{c}' },
      data: rows.map((r) => ({ name: r.category, value: r.found })),
    }],
  };
  return <Chart option={option} height={320} testId="hd-chart-category" rows={rows.length} />;
}

export function ByMonthChart({ data }: { data: FindingStats['byMonth'] }) {
  const n = useNames();
  const rows = [...data].sort((a, b) => a.month.localeCompare(b.month));
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: rows.map((r) => r.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: (['found', 'closed'] as const).map((k) => ({
      name: n[k], type: 'line' as const, symbol: 'circle', symbolSize: 5, data: rows.map((r) => r[k]), itemStyle: { color: colour[k] },
    })),
  };
  return <Chart option={option} testId="hd-chart-month" rows={rows.length} />;
}

export function EscalatedChart({ data }: { data: FindingStats['escalated'] }) {
  const { t } = useTranslation();
  const levels = [1, 2, 3] as const;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: levels.map((l) => t(`hiddenDangers.escalation.level${l}`)), axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 48, data: levels.map((l, i) => ({ value: data[String(l)] ?? 0, itemStyle: { color: ['#faad14', '#fa541c', '#cf1322'][i] } })) }],
  };
  return <Chart option={option} height={260} testId="hd-chart-escalated" rows={3} />;
}
