// 检查计划: the yearly inspection plans of the departments and towns (双随机抽查, 重点检查, 专项检查), each with its draws
// and progress; a new plan for those who plan; and the inspectors' conflicts of interest the draw must respect.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { inspectionUrls, inspectionsApi } from '../modules/inspections/api/inspections.api';
import type { Plan } from '../modules/inspections/api/inspections.types';
import { ConflictsCard } from '../modules/inspections/components/ConflictsCard';
import { InspectionsNav } from '../modules/inspections/components/InspectionsNav';
import { PlanDrawer } from '../modules/inspections/components/PlanDrawer';
import '../modules/inspections/inspections.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';

export function InspectionPlansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year') ?? thisYear);
  const plans = useAsync((signal) => inspectionsApi.plans(year, signal), [year]);
  const territories = useTerritories();
  const [creating, setCreating] = useState(false);
  const planner = can.planInspections(me.role);
  useCrumbs([{ title: t('inspections.title'), path: inspectionUrls.list }, { title: t('inspections.nav.plans') }]);

  return (
    <>
      <PageHeader title={t('inspections.plans.title')} subtitle={t('inspections.plans.subtitle')}
        extra={planner && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-create">{t('inspections.plans.create')}</Button>} />
      <InspectionsNav active="plans" />
      {plans.error && <ErrorAlert error={plans.error} onRetry={plans.reload} />}
      <Card className="content-card">
        <Space style={{ marginBottom: 12 }}>
          {t('inspections.plans.field.year')}
          <Select value={year} style={{ width: 100 }} onChange={(y) => setParams({ year: String(y) })}
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))} />
        </Space>
        <Table<Plan> rowKey="id" size="middle" loading={plans.loading} dataSource={plans.data?.items ?? []} data-testid="plans-table"
          pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 720 }}
          onRow={(p) => ({ onClick: () => void navigate(inspectionUrls.plan(p.id)), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('inspections.plans.field.title'), render: (_, p) => <Link to={inspectionUrls.plan(p.id)} data-testid="plan-link">{p.title}</Link> },
            { title: t('inspections.plans.field.kind'), render: (_, p) => t(`inspections.plans.kind.${p.kind}`) },
            { title: t('inspections.plans.field.organisation'), render: (_, p) => p.organisation.name },
            { title: t('inspections.plans.field.territories'), render: (_, p) => (p.territoryIds.length ? p.territoryIds.map((id) => territories.nameOf(id) || id).join('、') : t('inspections.plans.allTerritories')) },
            { title: t('inspections.plans.field.sampleSize'), dataIndex: 'sampleSize', align: 'right' },
            { title: t('inspections.plans.field.status'), render: (_, p) => <Tag color={p.status === 'published' ? 'green' : 'default'}>{t(`inspections.plans.status.${p.status === 'published' ? 'published' : 'draft'}`)}</Tag> },
            { title: t('inspections.plans.field.progress'), render: (_, p) => `${p.doneCount} / ${p.inspectionCount}` },
          ]} />
      </Card>
      <ConflictsCard editable={planner} />
      {creating && <PlanDrawer plan={null} territories={territories} onClose={() => setCreating(false)}
        onSaved={(p) => { setCreating(false); void navigate(inspectionUrls.plan(p.id)); }} />}
    </>
  );
}
