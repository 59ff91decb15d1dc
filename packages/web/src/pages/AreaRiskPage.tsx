// 区域风险: every territory and grid cell with its level computed from what lies in it (major hazards by grade,
// risk points by colour, sensitive targets, population) by the district's rule, and the supervision frequency the
// level sets. Filters live in the URL (?kind=grid&level=red). The admin can recompute all areas.
import { EnvironmentOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Segmented, Select, Space, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { riskAreasApi, riskAreaUrls } from '../modules/risk/api/risk-areas.api';
import { areaKinds, levelColour, riskLevels, type AreaKind, type RiskLevel } from '../modules/risk/api/risk-areas.types';
import { AreaRiskTable } from '../modules/risk/components/areas/AreaRiskTable';
import '../modules/risk/components/areas/areas.css';
import { isDistrictUser } from '../modules/risk/components/areas/district-user';
import { RiskNav } from '../modules/risk/components/RiskNav';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatNumber } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';

export function AreaRiskPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const admin = can.admin(me.role);
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const levelParam = params.get('level');
  const kind = (areaKinds as readonly string[]).includes(kindParam ?? '') ? (kindParam as AreaKind) : undefined;
  const level = (riskLevels as readonly string[]).includes(levelParam ?? '') ? (levelParam as RiskLevel) : undefined;
  const territoryId = params.get('territoryId') || undefined;
  const districtUser = isDistrictUser(me.role);
  const list = useAsync((signal) => riskAreasApi.areas({ kind, level, territoryId }, signal), [kind, level, territoryId]);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), [], districtUser);
  const territories = useMemo(
    () => (orgs.data ?? []).filter((o) => o.kind === 'territory').sort((a, b) => a.sort - b.sort).map((o) => ({ value: o.id, label: orgName(o, i18n.language) })),
    [orgs.data, i18n.language],
  );
  const rules = useAsync(() => riskAreasApi.settings(), []);
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.risk'), path: '/risk' }, { title: t('risk.nav.areas') }]);

  const setParam = (k: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v); else p.delete(k);
    setParams(p);
  };
  const recompute = async () => {
    setBusy(true);
    try {
      const r = await riskAreasApi.recompute();
      success(t('risk.areas.list.recomputed', { count: r.count, n: formatNumber(r.count) }));
      list.reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const extra = (
    <Space wrap>
      <Link to={riskAreaUrls.areasOnMap} data-testid="areas-on-map"><Button icon={<EnvironmentOutlined />}>{t('risk.areas.list.onMap')}</Button></Link>
      {admin && (
        <Popconfirm title={t('risk.areas.list.recomputeConfirm')} onConfirm={() => { void recompute(); }} okText={t('risk.areas.list.recompute')} cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'areas-recompute-confirm' } as ButtonProps}>
          <Button icon={<ReloadOutlined />} loading={busy} data-testid="areas-recompute">{t('risk.areas.list.recompute')}</Button>
        </Popconfirm>
      )}
    </Space>
  );

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('risk.areas.list.title')} subtitle={t('risk.areas.list.subtitle')} extra={extra} />
      <RiskNav active="areas" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <div className="ra-toolbar">
          <Segmented data-testid="areas-kind" value={kind ?? 'all'}
            onChange={(v) => setParam('kind', v === 'all' ? undefined : String(v))}
            options={[{ value: 'all', label: t('risk.areas.list.allKinds') }, ...areaKinds.map((k) => ({ value: k, label: t(`risk.areas.areaKind.${k}`) }))]} />
          {districtUser && (
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} value={territoryId} options={territories} loading={orgs.loading}
              placeholder={t('risk.areas.dashboard.allTerritories')} data-testid="areas-territory" style={{ width: 220 }}
              onChange={(v?: string) => setParam('territoryId', v)} />
          )}
          <Select allowClear value={level} placeholder={t('risk.areas.list.allLevels')} data-testid="areas-level"
            onChange={(v?: RiskLevel) => setParam('level', v)}
            options={riskLevels.map((l) => ({ value: l, label: <span><i className="ra-dot" style={{ background: levelColour[l], marginLeft: 0 }} />{t(`risk.areas.level.${l}`)}</span> }))} />
          <Typography.Text type="secondary" data-testid="areas-count" data-count={items.length}>
            {t('risk.areas.list.count', { count: items.length, n: formatNumber(items.length) })}
          </Typography.Text>
        </div>
        <AreaRiskTable items={items} loading={list.loading} rules={rules.data} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('risk.areas.list.ruleNote')} {admin && <Link to="/risk/settings">{t('risk.areas.list.toRules')}</Link>}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
