// The dashboard's charts, each stacked by colour in the level colours: by territory, by industry, by kind of point,
// the 12-month trend (from the daily snapshots) and the areas by level.
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { levelColour, riskLevels, type LevelCounts, type RiskDashboard } from '../../api/risk-areas.types';
import { RiskChart } from './RiskChart';

const total = (r: LevelCounts) => riskLevels.reduce((s, l) => s + (r[l] ?? 0), 0);
const legendOf = (names: string[]) => ({ top: 0, data: names });

function useLevelSeriesNames() {
  const { t } = useTranslation();
  return riskLevels.map((l) => t(`risk.level.${l}`));
}

export function ByTerritoryChart({ data }: { data: RiskDashboard['byTerritory'] }) {
  const names = useLevelSeriesNames();
  const rows = data.filter((r) => total(r) > 0).sort((a, b) => total(b) - total(a));
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legendOf(names),
    grid: { left: 8, right: 16, top: 36, bottom: rows.length > 6 ? 48 : 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: riskLevels.map((l, i) => ({
      name: names[i], type: 'bar', stack: 'level', barMaxWidth: 36, data: rows.map((r) => r[l] ?? 0), itemStyle: { color: levelColour[l] },
    })),
  };
  return <RiskChart option={option} height={300} testId="chart-by-territory" />;
}

export function ByIndustryChart({ data }: { data: RiskDashboard['byIndustry'] }) {
  const { t } = useTranslation();
  const names = useLevelSeriesNames();
  const rows = data.filter((r) => total(r) > 0).sort((a, b) => total(b) - total(a)).slice(0, 12);
  // The server's two words for a row without an industry: public places, and enterprises that gave none.
  const industryLabel = (i: string | null) => (i === 'public_place' ? t('risk.areas.dashboard.publicPlace')
    : !i || i === 'unspecified' ? t('risk.areas.dashboard.noIndustry') : i);
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legendOf(names),
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => industryLabel(r.industry)), axisLabel: { width: 140, overflow: 'truncate' } },
    series: riskLevels.map((l, i) => ({
      name: names[i], type: 'bar', stack: 'level', barMaxWidth: 18, data: rows.map((r) => r[l] ?? 0), itemStyle: { color: levelColour[l] },
    })),
  };
  return <RiskChart option={option} height={Math.max(240, rows.length * 30 + 60)} testId="chart-by-industry" />;
}

export function ByKindChart({ data }: { data: RiskDashboard['byKind'] }) {
  const { t } = useTranslation();
  const rows = data.filter((r) => r.count > 0);
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
    series: [{
      type: 'pie', radius: ['34%', '60%'], center: ['50%', '42%'], avoidLabelOverlap: true, minShowLabelAngle: 12, label: { formatter: '{b}\n{c}' },
      data: rows.map((r) => ({ name: t(`risk.areas.kind.${r.kind}`), value: r.count })),
    }],
  };
  return <RiskChart option={option} height={320} testId="chart-by-kind" />;
}

export function TrendChart({ data }: { data: RiskDashboard['trend'] }) {
  const names = useLevelSeriesNames();
  const rows = [...data].sort((a, b) => a.month.localeCompare(b.month));
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'axis' },
    legend: legendOf(names),
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: rows.map((r) => r.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: riskLevels.map((l, i) => ({
      name: names[i], type: 'line', stack: 'level', areaStyle: { opacity: 0.55 }, symbol: 'circle', symbolSize: 5,
      data: rows.map((r) => r[l] ?? 0), itemStyle: { color: levelColour[l] }, lineStyle: { width: 1.5 },
    })),
  };
  return <RiskChart option={option} height={300} testId="chart-trend" />;
}

export function AreaLevelsChart({ data }: { data: LevelCounts }) {
  const names = useLevelSeriesNames();
  const option: EChartsOption = {
    animationDuration: 500,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
    series: [{
      type: 'pie', radius: ['34%', '60%'], center: ['50%', '42%'], minShowLabelAngle: 12, label: { formatter: '{b}\n{c}' },
      data: riskLevels.map((l, i) => ({ name: names[i], value: data[l] ?? 0, itemStyle: { color: levelColour[l] } })).filter((d) => d.value > 0),
    }],
  };
  return <RiskChart option={option} height={320} testId="chart-area-levels" />;
}
