// 执法案件: orders to rectify within a deadline and administrative penalties the user may see, newest first, filtered by
// kind, status and publication. Those who enforce open a new case here (or from a hidden danger's page, which lands
// here with the drawer open and the finding chosen).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Select, Space, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';
import { caseUrls, enforcementApi } from '../modules/enforcement/api/enforcement.api';
import { caseKinds, caseStatuses, type CaseFilters, type CaseKind, type CaseStatus, type CaseSummary } from '../modules/enforcement/api/enforcement.types';
import { CaseDrawer } from '../modules/enforcement/components/CaseDrawer';
import { CaseKindTag, CaseStatusTag, PublishedTag } from '../modules/enforcement/components/CaseTags';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate } from '../modules/shared/utils/format';
import { oneOf, readPaging } from '../modules/shared/utils/url-filters';

export function EnforcementPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = {
    kind: oneOf<CaseKind>(caseKinds, params.get('kind')), status: oneOf<CaseStatus>(caseStatuses, params.get('status')),
    enterpriseId: params.get('enterpriseId') || undefined, published: params.get('published') === '1' || undefined,
    page: readPaging(params).page, pageSize: 20,
  };
  const creating = params.get('new') === '1' && can.enforce(me.role);
  const list = useAsync((signal) => enforcementApi.list(filters, signal), [JSON.stringify(filters)]);
  useCrumbs([{ title: t('enforcement.title') }]);
  const set = (patch: Partial<CaseFilters> & { new?: boolean }) => {
    const next = { ...filters, page: 1, ...patch };
    const p = new URLSearchParams();
    if (next.kind) p.set('kind', next.kind);
    if (next.status) p.set('status', next.status);
    if (next.enterpriseId) p.set('enterpriseId', next.enterpriseId);
    if (next.published) p.set('published', '1');
    if (next.page && next.page > 1) p.set('page', String(next.page));
    if (patch.new) p.set('new', '1');
    setParams(p);
  };
  const closeDrawer = () => set({ page: filters.page ?? 1, enterpriseId: undefined });

  return (
    <>
      <PageHeader title={t('enforcement.title')} subtitle={t('enforcement.subtitle')}
        extra={can.enforce(me.role) && <Button type="primary" icon={<PlusOutlined />} onClick={() => set({ new: true })} data-testid="case-create">{t('enforcement.create.button')}</Button>} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <Space wrap style={{ marginBottom: 12 }} data-testid="case-filters">
          <Select<CaseKind> allowClear placeholder={t('enforcement.field.kind')} value={filters.kind} onChange={(kind) => set({ kind })} style={{ minWidth: 140 }}
            options={caseKinds.map((k) => ({ value: k, label: t(`enforcement.kind.${k}`) }))} data-testid="case-filter-kind" />
          <Select<CaseStatus> allowClear placeholder={t('enforcement.field.status')} value={filters.status} onChange={(status) => set({ status })} style={{ minWidth: 120 }}
            options={caseStatuses.map((s) => ({ value: s, label: t(`enforcement.status.${s}`) }))} data-testid="case-filter-status" />
          <Checkbox checked={!!filters.published} onChange={(e) => set({ published: e.target.checked || undefined })} data-testid="case-filter-published">{t('enforcement.publishedOnly')}</Checkbox>
        </Space>
        <Table<CaseSummary> size="small" rowKey="id" loading={list.loading} dataSource={list.data?.items ?? []} data-testid="case-table" scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyState description={t('enforcement.empty')} /> }}
          onRow={(r) => ({ 'data-testid': 'case-row', 'data-id': r.id, 'data-status': r.status } as HTMLAttributes<HTMLElement>)}
          pagination={{ current: filters.page, pageSize: 20, total: list.data?.total ?? 0, showSizeChanger: false, size: 'small',
            showTotal: (n) => t('enforcement.total', { count: n }), onChange: (page) => set({ ...filters, page }) }}
          columns={[
            { key: 'kind', title: t('enforcement.field.kind'), width: 130, render: (_: unknown, r) => <CaseKindTag kind={r.kind} /> },
            { key: 'facts', title: t('enforcement.field.facts'), width: 280,
              render: (_: unknown, r) => <><Link to={caseUrls.one(r.id)} data-testid="case-row-link">{r.decisionNo || r.facts.slice(0, 60)}</Link>{r.decisionNo && <div className="sub-text">{r.facts.slice(0, 60)}</div>}</> },
            { key: 'enterprise', title: t('enforcement.field.enterprise'), width: 200,
              render: (_: unknown, r) => <Space size={4} wrap>{r.enterprise.name}<BlacklistBadge listed={r.enterprise.blacklisted ?? false} /></Space> },
            { key: 'status', title: t('enforcement.field.status'), width: 140, render: (_: unknown, r) => <Space size={4} wrap><CaseStatusTag status={r.status} /><PublishedTag at={r.publishedAt} /></Space> },
            { key: 'date', title: t('enforcement.field.dates'), width: 120,
              render: (_: unknown, r) => (r.kind === 'penalty' ? formatDate(r.decidedOn) : formatDate(r.deadline)) },
            { key: 'amount', title: t('enforcement.field.amount'), width: 110, render: (_: unknown, r) => (r.amount ? t('enforcement.amountValue', { amount: r.amount }) : '—') },
          ]} />
      </Card>
      {creating && (
        <CaseDrawer open onClose={closeDrawer} preset={{ enterpriseId: params.get('enterpriseId') || undefined, findingId: params.get('findingId') || undefined }}
          onSaved={(c) => { success(t('enforcement.create.saved')); void navigate(caseUrls.one(c.id)); }} />
      )}
    </>
  );
}
