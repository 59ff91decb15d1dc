// 风险看板: what a district safety bureau officer opens each morning — points by colour and status, reviews late,
// colours by territory / industry / kind, the 12-month trend, areas by level and the red and orange points needing
// attention. District users pick a territory (?territoryId=…, kept in the URL); a territory user sees its own.
import { Button, Card, Col, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { riskAreasApi } from '../modules/risk/api/risk-areas.api';
import { riskLevels } from '../modules/risk/api/risk-areas.types';
import { AttentionTable } from '../modules/risk/components/areas/AttentionTable';
import { DashboardCards } from '../modules/risk/components/areas/DashboardCards';
import { AreaLevelsChart, ByIndustryChart, ByKindChart, ByTerritoryChart, TrendChart } from '../modules/risk/components/areas/DashboardCharts';
import '../modules/risk/components/areas/areas.css';
import { isDistrictUser } from '../modules/risk/components/areas/district-user';
import { RiskNav } from '../modules/risk/components/RiskNav';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatNumber } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';

export function RiskDashboardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const territoryId = params.get('territoryId') || undefined;
  const districtUser = isDistrictUser(me.role);
  const showAreas = me.role !== 'enterprise'; // an enterprise has no area of its own to grade
  const dash = useAsync((signal) => riskAreasApi.dashboard(territoryId, signal), [territoryId]);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), [], districtUser);
  useCrumbs([{ title: t('nav.risk'), path: '/risk' }, { title: t('risk.nav.dashboard') }]);

  const territories = useMemo(
    () => (orgs.data ?? []).filter((o) => o.kind === 'territory').sort((a, b) => a.sort - b.sort).map((o) => ({ value: o.id, label: orgName(o, i18n.language) })),
    [orgs.data, i18n.language],
  );
  const d = dash.data;
  const points = d ? riskLevels.reduce((s, l) => s + (d.byLevel[l] ?? 0), 0) : 0;
  const areas = d ? riskLevels.reduce((s, l) => s + (d.areas[l] ?? 0), 0) : 0;

  return (
    <>
      <PageHeader title={t('risk.areas.dashboard.title')} subtitle={t('risk.areas.dashboard.subtitle')} />
      <RiskNav active="dashboard" />
      {districtUser && (
        <div className="ra-toolbar">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} value={territoryId} options={territories} loading={orgs.loading}
            placeholder={t('risk.areas.dashboard.allTerritories')} data-testid="dashboard-territory" style={{ width: 240 }}
            onChange={(v?: string) => { const p = new URLSearchParams(params); if (v) p.set('territoryId', v); else p.delete('territoryId'); setParams(p); }} />
        </div>
      )}
      {dash.error && <ErrorAlert error={dash.error} onRetry={dash.reload} />}
      {dash.loading && !d && <Loading />}
      {d && (
        <div className={dash.loading ? 'is-reloading' : undefined} data-testid="risk-dashboard" data-points={points}>
          <DashboardCards data={d} territoryId={territoryId} />
          {points === 0 && (
            <Card className="content-card" data-testid="dashboard-empty">
              <EmptyState description={t('risk.areas.dashboard.empty')}>
                <Link to="/risk"><Button type="primary">{t('risk.areas.dashboard.toPoints')}</Button></Link>
              </EmptyState>
            </Card>
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card title={t('risk.areas.dashboard.byTerritory')} className="content-card">
                {d.byTerritory.some((r) => riskLevels.some((l) => r[l] > 0)) ? <ByTerritoryChart data={d.byTerritory} /> : <EmptyState />}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('risk.areas.dashboard.trend')} className="content-card">
                {d.trend.length ? <TrendChart data={d.trend} /> : <EmptyState description={t('risk.areas.dashboard.noTrend')} />}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('risk.areas.dashboard.byIndustry')} className="content-card">
                {d.byIndustry.some((r) => riskLevels.some((l) => r[l] > 0)) ? <ByIndustryChart data={d.byIndustry} /> : <EmptyState />}
              </Card>
            </Col>
            <Col xs={24} md={showAreas ? 12 : 24} xl={showAreas ? 7 : 14}>
              <Card title={t('risk.areas.dashboard.byKind')} className="content-card">
                {d.byKind.some((r) => r.count > 0) ? <ByKindChart data={d.byKind} /> : <EmptyState />}
              </Card>
            </Col>
            {showAreas && <Col xs={24} md={12} xl={7}>
              <Card title={t('risk.areas.dashboard.areaLevels')} className="content-card"
                extra={<Link to="/risk/areas" data-testid="dashboard-to-areas">{t('risk.areas.dashboard.toAreas')}</Link>}>
                {areas > 0 ? (
                  <>
                    <AreaLevelsChart data={d.areas} />
                    <Typography.Text type="secondary" data-testid="dashboard-areas-total" data-count={areas}>
                      {t('risk.areas.dashboard.areasTotal', { count: areas, n: formatNumber(areas) })}
                    </Typography.Text>
                  </>
                ) : <EmptyState description={t('risk.areas.dashboard.noAreas')} />}
              </Card>
            </Col>}
          </Row>
          <Card title={t('risk.areas.dashboard.attention')} className="content-card" data-testid="attention-card" data-count={d.attention.length}>
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t('risk.areas.dashboard.attentionHint')}</Typography.Paragraph>
            <AttentionTable items={d.attention} />
          </Card>
        </div>
      )}
    </>
  );
}
