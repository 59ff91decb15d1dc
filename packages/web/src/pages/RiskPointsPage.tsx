// 风险点: every risk point the user may see, worst first, with its colour, status, control level, responsible and
// next review; the filters live in the URL. Those who may add points (an enterprise its own; the district office,
// departments and towns public places) get "新增风险点".
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { enterprisesApi } from '../modules/enterprises/api/enterprises.api';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { riskApi, riskUrls } from '../modules/risk/api/risk.api';
import { RiskFilters } from '../modules/risk/components/RiskFilters';
import { RiskNav } from '../modules/risk/components/RiskNav';
import { RiskPointDrawer } from '../modules/risk/components/RiskPointDrawer';
import { RiskTable } from '../modules/risk/components/RiskTable';
import { useOwnEnterprise } from '../modules/risk/hooks/use-own-enterprise';
import '../modules/risk/risk.css';
import { filtersToParams, readFilters } from '../modules/risk/utils/list-filters';
import { canCreateAny, createRightsOf } from '../modules/risk/utils/permissions';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { useUrlList } from '../modules/shared/hooks/use-url-list';

export function RiskPointsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const { query, filters, list, setFilters, setPage } = useUrlList(readFilters, filtersToParams, (q, signal) => riskApi.list(q, signal));
  const territories = useTerritories();
  const isEnterprise = me.role === 'enterprise';
  const own = useOwnEnterprise();
  const [entQ, setEntQ] = useState('');
  const enterprises = useAsync((signal) => enterprisesApi.list({ q: entQ || undefined, pageSize: 20 }, signal), [entQ], !isEnterprise);
  const [creating, setCreating] = useState(false);
  const rights = createRightsOf(me.role);
  useCrumbs([{ title: t('risk.nav.points') }]);

  const enterpriseOptions = (enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (query.enterpriseId && !enterpriseOptions.some((o) => o.value === query.enterpriseId)) {
    const named = list.data?.items.find((p) => p.enterprise?.id === query.enterpriseId)?.enterprise;
    enterpriseOptions.unshift({ value: query.enterpriseId, label: named?.name ?? query.enterpriseId });
  }

  return (
    <>
      <PageHeader
        title={t('risk.list.title')}
        subtitle={t('risk.list.subtitle')}
        extra={canCreateAny(rights) && (!isEnterprise || own.enterprise) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="risk-create">{t('risk.list.create')}</Button>
        )}
      />
      <RiskNav active="points" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <RiskFilters value={filters} territories={territories.territories} enterprises={enterpriseOptions} onEnterpriseSearch={setEntQ}
          showPlaceFilters={!isEnterprise} onChange={setFilters} />
        <RiskTable data={list.data} loading={list.loading} hideOwner={isEnterprise}
          onPage={setPage} />
      </Card>
      {creating && (
        <RiskPointDrawer open={creating} onClose={() => setCreating(false)} territories={territories} rights={rights}
          fixedEnterprise={isEnterprise ? own.enterprise ?? null : null}
          onSaved={(p) => { setCreating(false); success(t('risk.form.created')); void navigate(riskUrls.point(p.id)); }} />
      )}
    </>
  );
}
