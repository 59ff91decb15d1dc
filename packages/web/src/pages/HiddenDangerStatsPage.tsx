// 隐患统计: how many were found and closed, the closure and on-time rates, what is overdue and escalated, by territory,
// industry, type and month — for a territory and a period (the server counts; this page draws).
import { Card, Col, DatePicker, Row, Select, Space, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { hiddenDangersApi } from '../modules/hidden-dangers/api/hidden-dangers.api';
import { HiddenDangersNav } from '../modules/hidden-dangers/components/HiddenDangersNav';
import { ByCategoryChart, ByIndustryChart, ByMonthChart, ByTerritoryChart, EscalatedChart } from '../modules/hidden-dangers/components/StatsCharts';
import '../modules/hidden-dangers/hidden-dangers.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatNumber, formatPercent } from '../modules/shared/utils/format';

export function HiddenDangerStatsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = { territoryId: params.get('territoryId') || undefined, from: params.get('from') || undefined, to: params.get('to') || undefined };
  const stats = useAsync((signal) => hiddenDangersApi.stats(q, signal), [q.territoryId, q.from, q.to]);
  const territories = useTerritories();
  useCrumbs([{ title: t('hiddenDangers.nav.title'), path: '/hidden-dangers' }, { title: t('hiddenDangers.nav.stats') }]);
  const set = (patch: Partial<typeof q>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...q, ...patch })) if (v) next.set(k, v);
    setParams(next);
  };
  const s = stats.data;

  return (
    <>
      <PageHeader title={t('hiddenDangers.stats.title')} subtitle={t('hiddenDangers.stats.subtitle')} />
      <HiddenDangersNav active="stats" />
      <Space wrap style={{ marginBottom: 12 }} data-testid="hd-stats-filters">
        {me.role !== 'territory' && (
          <Select<string> allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('hiddenDangers.field.territory')} value={q.territoryId}
            onChange={(territoryId) => set({ territoryId })} options={territories.territories} style={{ minWidth: 160 }} data-testid="hd-stats-territory" />
        )}
        <DatePicker.RangePicker value={[q.from ? dayjs(q.from) : null, q.to ? dayjs(q.to) : null]} allowEmpty={[true, true]} data-testid="hd-stats-range"
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })} />
      </Space>
      {stats.error && <ErrorAlert error={stats.error} onRetry={stats.reload} />}
      {!s ? (!stats.error && <Loading />) : (
        <div data-testid="hd-stats" data-found={s.totals.found}>
          <Row gutter={[16, 16]} className="hd-stat-cards">
            {([
              ['found', formatNumber(s.totals.found)], ['closed', formatNumber(s.totals.closed)], ['open', formatNumber(s.totals.open)],
              ['overdue', formatNumber(s.totals.overdue)], ['major', `${formatNumber(s.totals.majorClosed)} / ${formatNumber(s.totals.major)}`],
              ['closureRate', s.closureRate === null ? '—' : formatPercent(s.closureRate, 1)], ['onTimeRate', s.onTimeRate === null ? '—' : formatPercent(s.onTimeRate, 1)],
            ] as const).map(([k, v]) => (
              <Col xs={12} sm={8} lg={6} xl={3} key={k} style={{ flex: '1 1 0' }}>
                <Card size="small" data-testid={`hd-stat-${k}`}>
                  <Statistic title={t(`hiddenDangers.stats.card.${k}`)} value={v} valueStyle={k === 'overdue' && s.totals.overdue > 0 ? { color: '#cf1322' } : undefined} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={14}><Card className="content-card" title={t('hiddenDangers.stats.byTerritory')}><ByTerritoryChart data={s.byTerritory} /></Card></Col>
            <Col xs={24} lg={10}><Card className="content-card" title={t('hiddenDangers.stats.byCategory')}><ByCategoryChart data={s.byCategory} /></Card></Col>
            <Col xs={24} lg={14}><Card className="content-card" title={t('hiddenDangers.stats.byMonth')}><ByMonthChart data={s.byMonth} /></Card></Col>
            <Col xs={24} lg={10}><Card className="content-card" title={t('hiddenDangers.stats.escalated')}><EscalatedChart data={s.escalated} /></Card></Col>
            <Col xs={24}><Card className="content-card" title={t('hiddenDangers.stats.byIndustry')}><ByIndustryChart data={s.byIndustry} /></Card></Col>
          </Row>
        </div>
      )}
    </>
  );
}
