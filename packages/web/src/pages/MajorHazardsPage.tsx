// 重大危险源登记台账: counts by grade, major hazards by territory, and the filtered register. The filters live in
// the URL (?grade=1&territoryId=…&page=2) so a view can be shared and the back button works.
import { Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { majorHazardsApi } from '../modules/major-hazards/api/major-hazards.api';
import { filingStatuses, grades, listStatuses, type FilingStatus, type Grade, type ListStatus } from '../modules/major-hazards/api/major-hazards.types';
import { GradeStatCards } from '../modules/major-hazards/components/GradeStatCards';
import { MajorHazardsNav } from '../modules/major-hazards/components/MajorHazardsNav';
import { RegisterFilters, type RegisterFilterValues } from '../modules/major-hazards/components/RegisterFilters';
import { RegisterTable } from '../modules/major-hazards/components/RegisterTable';
import { TerritoryChart } from '../modules/major-hazards/components/TerritoryChart';
import '../modules/major-hazards/major-hazards.css';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatNumber } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';

function readFilters(params: URLSearchParams): RegisterFilterValues & { page: number; pageSize: number } {
  const grade = Number(params.get('grade'));
  const filing = params.get('filingStatus');
  const status = params.get('status');
  return {
    grade: (grades as readonly number[]).includes(grade) ? (grade as Grade) : undefined,
    status: listStatuses.includes(status as ListStatus) ? (status as ListStatus) : undefined,
    territoryId: params.get('territoryId') || undefined,
    filingStatus: filingStatuses.includes(filing as FilingStatus) ? (filing as FilingStatus) : undefined,
    q: params.get('q') || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(100, Math.max(10, Number(params.get('pageSize')) || 20)),
  };
}

export function MajorHazardsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = readFilters(params);
  const key = JSON.stringify(query);
  const list = useAsync((signal) => majorHazardsApi.list(query, signal), [key]);
  const stats = useAsync(() => majorHazardsApi.stats(), []);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), []);
  useCrumbs([{ title: t('nav.major-hazards') }]);

  const territories = useMemo(() => {
    const fromOrgs = (orgs.data ?? []).filter((o) => o.kind === 'territory').sort((a, b) => a.sort - b.sort).map((o) => ({ id: o.id, name: orgName(o, i18n.language) }));
    return fromOrgs.length ? fromOrgs : (stats.data?.byTerritory ?? []).map((r) => ({ id: r.territoryId, name: r.name }));
  }, [orgs.data, stats.data, i18n.language]);

  const update = (next: RegisterFilterValues & { page?: number; pageSize?: number }) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== null && v !== '' && !(k === 'page' && v === 1)) p.set(k, String(v));
    setParams(p);
  };
  const { page: _page, pageSize, ...filters } = query;
  const s = stats.data;

  return (
    <>
      <PageHeader title={t('majorHazards.register.title')} subtitle={t('majorHazards.register.subtitle')} />
      <MajorHazardsNav active="register" />
      {(list.error ?? stats.error) && <ErrorAlert error={(list.error ?? stats.error) as Error} onRetry={() => { list.reload(); stats.reload(); }} />}
      <GradeStatCards stats={s} counts={list.data?.countsByGrade} active={filters.grade} activeStatus={filters.status}
        onPick={(grade) => update({ ...filters, grade, status: undefined, pageSize })}
        onPickStatus={(status) => update({ ...filters, status, grade: undefined, pageSize })} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card className="content-card" title={t('majorHazards.register.byTerritory')} loading={stats.loading && !s}>
            {s && (
              <Typography.Paragraph type="secondary" data-testid="stats-totals" style={{ marginBottom: 4 }}>
                {t('majorHazards.register.totals', { total: formatNumber(s.totalUnits), below: formatNumber(s.belowThresholdUnits) })}
              </Typography.Paragraph>
            )}
            {s && s.byTerritory.some((r) => grades.some((g) => (r.counts[g] ?? 0) > 0)) ? <TerritoryChart data={s.byTerritory} /> : <EmptyState />}
          </Card>
        </Col>
      </Row>
      <Card className="content-card" title={t('majorHazards.register.listTitle')}>
        <RegisterFilters value={filters} territories={territories} onChange={(f) => update({ ...f, pageSize })} />
        <RegisterTable data={list.data} loading={list.loading} onPage={(page, size) => update({ ...filters, page: size !== pageSize ? 1 : page, pageSize: size })} />
      </Card>
    </>
  );
}
