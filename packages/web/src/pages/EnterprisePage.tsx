// One enterprise: 基本信息, 证照, 生产储存单元与物料, 重大危险源, 风险点, 申报, 变更记录 — the tab is in the URL (?tab=).
import { Card, Space, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { enterprisesApi } from '../modules/enterprises/api/enterprises.api';
import { BasicsTab } from '../modules/enterprises/components/BasicsTab';
import { DeclarationTab } from '../modules/enterprises/components/DeclarationTab';
import { HistoryTab } from '../modules/enterprises/components/HistoryTab';
import { LicencesTab } from '../modules/enterprises/components/LicencesTab';
import { MajorHazardsTab } from '../modules/enterprises/components/MajorHazardsTab';
import { DeclarationTag, DemoTag, EnterpriseStatusTag, GradeTag } from '../modules/enterprises/components/Tags';
import { UnitsTab } from '../modules/enterprises/components/UnitsTab';
import '../modules/enterprises/enterprises.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { EnterpriseRiskTab } from '../modules/risk/components/EnterpriseRiskTab';
import { useAsync } from '../modules/shared/hooks/use-async';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';

const tabs = ['basics', 'licences', 'units', 'major-hazards', 'risk', 'declaration', 'history'] as const;
type TabKey = (typeof tabs)[number];

export function EnterprisePage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterpriseId = useParams().enterpriseId ?? '';
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'basics';
  const ent = useAsync(() => enterprisesApi.get(enterpriseId), [enterpriseId]);
  const d = ent.data;
  useCrumbs(me.role === 'enterprise'
    ? [{ title: d?.name ?? t('nav.enterprises') }]
    : [{ title: t('nav.enterprises'), path: '/enterprises' }, { title: d?.name ?? '…' }]);

  if (ent.error && !d) return <ErrorAlert error={ent.error} onRetry={ent.reload} />;
  if (!d) return <Loading />;

  // Regulators and territories edit any enterprise they see; the enterprise itself while its declaration is not
  // waiting for review (the server decides; this only hides buttons that would answer 403).
  const editable = can.editEnterprises(me.role) || (me.role === 'enterprise' && d.declarationStatus !== 'submitted');
  const worst = d.units.reduce<number | null>((w, u) => (u.grade && (w === null || u.grade < w) ? u.grade : w), null);
  const majorCount = d.units.filter((u) => u.isMajorHazard).length;

  return (
    <>
      <PageHeader
        title={d.name}
        subtitle={
          <Space size={[4, 4]} wrap className="ent-header-tags">
            <BlacklistBadge enterpriseId={d.id} />
            <span className="mono">{d.uscc}</span>
            <EnterpriseStatusTag status={d.status} />
            <DeclarationTag status={d.declarationStatus} />
            {majorCount > 0 && <Tag color="volcano">{t('enterprises.page.majorHazardCount', { count: majorCount })}</Tag>}
            <GradeTag grade={worst as 1 | 2 | 3 | 4 | null} />
            {d.isDemo && <DemoTag />}
          </Space>
        }
      />
      <Card className="content-card ent-tabs-card">
        <Tabs
          activeKey={tab}
          onChange={(k) => { const n = new URLSearchParams(params); n.set('tab', k); setParams(n, { replace: true }); }}
          data-testid="enterprise-tabs"
          items={[
            { key: 'basics', label: t('enterprises.tabs.basics'), children: <BasicsTab enterprise={d} editable={editable} onSaved={ent.setData} onReload={ent.reload} /> },
            { key: 'licences', label: t('enterprises.tabs.licences', { count: d.licences.length }), children: <LicencesTab enterprise={d} editable={editable} onChanged={ent.reload} /> },
            { key: 'units', label: t('enterprises.tabs.units', { count: d.units.length }), children: <UnitsTab enterprise={d} editable={editable} onChanged={ent.reload} onUnit={(u) => ent.setData({ ...d, units: d.units.map((x) => (x.id === u.id ? u : x)) })} /> },
            { key: 'major-hazards', label: t('enterprises.tabs.majorHazards', { count: majorCount }), children: <MajorHazardsTab enterprise={d} /> },
            { key: 'risk', label: <span data-testid="enterprise-tab-risk">{t('risk.nav.points')}</span>, children: <EnterpriseRiskTab enterprise={d} /> },
            { key: 'declaration', label: t('enterprises.tabs.declaration'), children: <DeclarationTab enterprise={d} onChanged={ent.reload} /> },
            { key: 'history', label: t('enterprises.tabs.history'), children: <HistoryTab enterpriseId={d.id} /> },
          ]}
        />
      </Card>
    </>
  );
}
