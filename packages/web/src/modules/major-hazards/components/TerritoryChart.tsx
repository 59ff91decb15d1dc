// Major hazards by territory, stacked by grade in the grade colours (from GET /api/major-hazards/stats).
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../plans/components/EChart';
import { grades, type MajorHazardStats } from '../api/major-hazards.types';
import { gradeHex } from '../utils/grade-colors';

export function TerritoryChart({ data }: { data: MajorHazardStats['byTerritory'] }) {
  const { t } = useTranslation();
  const total = (r: MajorHazardStats['byTerritory'][number]) => grades.reduce((s, g) => s + (r.counts[g] ?? 0), 0);
  const rows = [...data].filter((r) => total(r) > 0).sort((a, b) => total(b) - total(a));
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: grades.map((g) => t(`majorHazards.grade.${g}`)) },
    grid: { left: 8, right: 16, top: 36, bottom: rows.length > 6 ? 48 : 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: t('majorHazards.register.chartAxis') },
    series: grades.map((g) => ({
      name: t(`majorHazards.grade.${g}`), type: 'bar', stack: 'grade', barMaxWidth: 36,
      data: rows.map((r) => r.counts[g] ?? 0), itemStyle: { color: gradeHex[g] },
    })),
  };
  return <EChart option={option} height={300} testId="chart-territory" />;
}
