// 隐患排查治理: every hidden danger the user may see (the server puts overdue and major ones first), with filters in the
// URL — status, severity, territory, overdue only, 挂牌督办 only; the days overdue in red and the escalation level.
// Regulators register a finding; an enterprise registers its own self-check findings.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { findingUrls, hiddenDangersApi } from '../modules/hidden-dangers/api/hidden-dangers.api';
import { FindingDrawer } from '../modules/hidden-dangers/components/FindingDrawer';
import { FindingFilters } from '../modules/hidden-dangers/components/FindingFilters';
import { FindingsTable } from '../modules/hidden-dangers/components/FindingsTable';
import { HiddenDangersNav } from '../modules/hidden-dangers/components/HiddenDangersNav';
import '../modules/hidden-dangers/hidden-dangers.css';
import { filtersToParams, readFilters } from '../modules/hidden-dangers/utils/list-filters';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { useOwnEnterprise } from '../modules/risk/hooks/use-own-enterprise';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { useUrlList } from '../modules/shared/hooks/use-url-list';

export function HiddenDangersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const { query, filters, list, setFilters, setPage } = useUrlList(readFilters, filtersToParams, (q, signal) => hiddenDangersApi.list(q, signal));
  const territories = useTerritories();
  const isEnterprise = me.role === 'enterprise';
  const own = useOwnEnterprise();
  const [creating, setCreating] = useState(false);
  const settings = useAsync(() => hiddenDangersApi.settings(), [], creating);
  useCrumbs([{ title: t('hiddenDangers.nav.title') }]);

  const canCreate = me.role !== 'agency' && (!isEnterprise || !!own.enterprise);

  return (
    <>
      <PageHeader title={t('hiddenDangers.list.title')} subtitle={t('hiddenDangers.list.subtitle')}
        extra={canCreate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="hd-create">{t('hiddenDangers.create.button')}</Button>} />
      <HiddenDangersNav active="list" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <FindingFilters value={filters} territories={territories.territories} showPlaceFilters={!isEnterprise} onChange={setFilters} />
        <FindingsTable data={list.data} loading={list.loading} page={query.page} pageSize={query.pageSize} hideEnterprise={isEnterprise}
          onPage={setPage} />
      </Card>
      {creating && (
        <FindingDrawer open={creating} onClose={() => setCreating(false)} settings={settings.data}
          fixedEnterprise={isEnterprise && own.enterprise ? { id: own.enterprise.id, name: own.enterprise.name } : null}
          onSaved={(f) => { setCreating(false); success(t('hiddenDangers.create.saved')); void navigate(findingUrls.one(f.id)); }} />
      )}
    </>
  );
}
