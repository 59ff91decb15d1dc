// 企业管理: the enterprises in the user's jurisdiction, filtered and paged on the server; add one, import many,
// export what the filters show. An enterprise user has one enterprise: it goes straight to its page.
import { CloudUploadOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { enterprisesApi, enterpriseUrls } from '../modules/enterprises/api/enterprises.api';
import { EnterpriseCreateDrawer } from '../modules/enterprises/components/EnterpriseCreateDrawer';
import { EnterpriseFilterBar } from '../modules/enterprises/components/EnterpriseFilterBar';
import { EnterpriseTable } from '../modules/enterprises/components/EnterpriseTable';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { filtersFromParams, withFilters } from '../modules/enterprises/utils/list-filters';
import '../modules/enterprises/enterprises.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';

export function EnterpriseListPage() {
  const me = useMe();
  return me.role === 'enterprise' ? <OwnEnterpriseRedirect /> : <EnterpriseList />;
}

function OwnEnterpriseRedirect() {
  const { t } = useTranslation();
  const own = useAsync((signal) => enterprisesApi.list({ pageSize: 1 }, signal), []);
  if (own.error) return <ErrorAlert error={own.error} onRetry={own.reload} />;
  if (!own.data) return <Loading />;
  const first = own.data.items[0];
  if (!first) return <EmptyState description={t('enterprises.list.ownMissing')} />;
  return <Navigate to={`/enterprises/${encodeURIComponent(first.id)}`} replace />;
}

function EnterpriseList() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const territories = useTerritories();
  const [creating, setCreating] = useState(false);
  useCrumbs([{ title: t('nav.enterprises') }]);

  const key = JSON.stringify(filters);
  const list = useAsync((signal) => enterprisesApi.list(filters, signal), [key]);
  const editable = can.editEnterprises(me.role);
  // A town or grid user works in its own territory: preset in the form, and the only territory to filter by.
  const place = me.role === 'territory' ? territories.placeOf(me.organisation.id) : null;
  const scoped = place ? { ...territories, territories: territories.territories.filter((o) => o.value === place.territoryId) } : territories;

  return (
    <>
      <PageHeader
        title={t('enterprises.list.title')}
        subtitle={t('enterprises.list.subtitle')}
        extra={
          <>
            {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="enterprise-add">{t('enterprises.list.add')}</Button>}
            {editable && <Link to="/enterprises/import"><Button icon={<CloudUploadOutlined />} data-testid="enterprise-import">{t('enterprises.list.import')}</Button></Link>}
            <Button icon={<FileExcelOutlined />} href={enterpriseUrls.export(filters)} download data-testid="enterprise-export">{t('enterprises.list.export')}</Button>
          </>
        }
      />
      <Card className="content-card" size="small">
        <EnterpriseFilterBar filters={filters} territories={scoped}
          onChange={(patch) => setParams(withFilters(params, patch), { replace: true })}
          onReset={() => setParams(new URLSearchParams(), { replace: true })} />
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <EnterpriseTable data={list.data} loading={list.loading} nameOf={territories.nameOf}
          onPage={(page, pageSize) => setParams(withFilters(params, { page, pageSize }), { replace: false })} />
      </Card>
      {editable && (
        <EnterpriseCreateDrawer open={creating} onClose={() => setCreating(false)} territories={scoped} place={place}
          onCreated={(e) => { setCreating(false); success(t('enterprises.create.done')); void navigate(`/enterprises/${encodeURIComponent(e.id)}`); }} />
      )}
    </>
  );
}
