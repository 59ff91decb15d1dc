// One inspection plan: what it covers, edit while a draft, publish; the 双随机 draw (the seed typed in, or drawn by the
// server and shown) and every draw made so far, each verifiable; publishing a draw creates the planned inspections.
import { Button, Card, Descriptions, Empty, Input, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { inspectionUrls, inspectionsApi } from '../modules/inspections/api/inspections.api';
import { DrawView } from '../modules/inspections/components/DrawView';
import { PlanDrawer } from '../modules/inspections/components/PlanDrawer';
import '../modules/inspections/inspections.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useBusyAction } from '../modules/shared/hooks/use-busy-action';
import { formatDateTime } from '../modules/shared/utils/format';

const SEED = /^\d{1,10}$/;
const levels = ['red', 'orange', 'yellow', 'blue', 'none'] as const;

/** 区域 红 4 · 橙 3 …；企业 红 4 … — the weights as a person reads them (the JSON is in the draw's record). */
function weightsText(weights: unknown, t: (k: string) => string): string {
  const w = weights as { area?: Record<string, number>; enterprise?: Record<string, number> } | null;
  const row = (r: Record<string, number> | undefined) => levels.map((l) => `${t(`inspections.plans.level.${l}`)} ${r?.[l] ?? '—'}`).join(' · ');
  return `${t('inspections.plans.weightArea')} ${row(w?.area)}；${t('inspections.plans.weightEnterprise')} ${row(w?.enterprise)}`;
}

export function InspectionPlanPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  // The contract has no GET for one plan: the list (every year) holds it, with its draws.
  const plans = useAsync((signal) => inspectionsApi.plans(undefined, signal), [planId]);
  const plan = plans.data?.items.find((p) => p.id === planId);
  const territories = useTerritories();
  const [drawId, setDrawId] = useState<string | null>(null);
  const draw = useAsync((signal) => inspectionsApi.getDraw(drawId ?? '', signal), [drawId], !!drawId);
  const [seed, setSeed] = useState('');
  const [editing, setEditing] = useState(false);
  const drawing = useBusyAction();
  const publishing = useBusyAction();
  const planner = can.planInspections(me.role);
  useCrumbs([{ title: t('inspections.title'), path: inspectionUrls.list }, { title: t('inspections.nav.plans'), path: inspectionUrls.plans }, { title: plan?.title ?? '…' }]);

  useEffect(() => {
    if (!drawId && plan && plan.draws.length > 0) setDrawId(plan.draws[plan.draws.length - 1]!.id);
  }, [plan, drawId]);

  if (plans.loading && !plans.data) return <Loading />;
  if (plans.error) return <ErrorAlert error={plans.error} onRetry={plans.reload} />;
  if (!plan) return <Empty description={t('inspections.plans.notFound')} />;

  const seedOk = seed === '' || (SEED.test(seed) && Number(seed) <= 4294967295);
  const runDraw = () => drawing.run(async () => {
    const d = await inspectionsApi.draw(plan.id, seed || undefined);
    setSeed('');
    setDrawId(d.id);
    draw.setData(d);
    plans.reload();
  });

  return (
    <>
      <PageHeader title={plan.title} subtitle={`${plan.organisation.name} · ${plan.year}`}
        extra={planner && plan.status === 'draft' && (
          <Space>
            <Button onClick={() => setEditing(true)} data-testid="plan-edit">{t('inspections.plans.edit')}</Button>
            <Button type="primary" loading={publishing.busy} data-testid="plan-publish"
              onClick={() => void publishing.run(async () => { await inspectionsApi.publishPlan(plan.id); plans.reload(); })}>{t('inspections.plans.publish')}</Button>
          </Space>
        )} />
      <Card className="content-card">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('inspections.plans.field.kind')}>{t(`inspections.plans.kind.${plan.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.plans.field.status')}>
            <Tag color={plan.status === 'published' ? 'green' : 'default'} data-testid="plan-status" data-status={plan.status}>{t(`inspections.plans.status.${plan.status === 'published' ? 'published' : 'draft'}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.plans.field.territories')}>
            {plan.territoryIds.length ? plan.territoryIds.map((id) => territories.nameOf(id) || id).join('、') : t('inspections.plans.allTerritories')}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.plans.field.sampleSize')}>{plan.sampleSize}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.plans.field.inspectorsPer')}>{plan.inspectorsPerEnterprise}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.plans.field.progress')}>{plan.doneCount} / {plan.inspectionCount}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.plans.field.weights')} span={3}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="plan-weights">{t('inspections.plans.weightsRule')} {weightsText(plan.weights, t)}</Typography.Text>
          </Descriptions.Item>
          {plan.note && <Descriptions.Item label={t('inspections.plans.field.note')} span={3}>{plan.note}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {planner && (
        <Card className="content-card" title={t('inspections.draw.new')}>
          <Space wrap>
            <Input style={{ width: 220 }} value={seed} onChange={(e) => setSeed(e.target.value.trim())} placeholder={t('inspections.draw.seedPlaceholder')}
              status={seedOk ? '' : 'error'} data-testid="draw-seed-input" />
            <Button type="primary" disabled={!seedOk} loading={drawing.busy} onClick={() => void runDraw()} data-testid="draw-run">{t('inspections.draw.run')}</Button>
          </Space>
          <div style={{ marginTop: 6 }}>
            <Typography.Text type={seedOk ? 'secondary' : 'danger'} style={{ fontSize: 12 }}>{seedOk ? t('inspections.draw.seedHint') : t('inspections.draw.seedInvalid')}</Typography.Text>
          </div>
        </Card>
      )}

      {plan.draws.length > 1 && (
        <Segmented style={{ marginBottom: 12 }} value={drawId ?? undefined} onChange={(v) => setDrawId(String(v))}
          options={plan.draws.map((d, i) => ({ value: d.id, label: `#${i + 1} · ${formatDateTime(d.drawnAt)}${d.status === 'published' ? ' ✓' : ''}` }))} />
      )}
      {draw.error && <ErrorAlert error={draw.error} onRetry={draw.reload} />}
      {draw.data && <DrawView draw={draw.data} canPublish={planner} onPublished={(d) => { draw.setData(d); plans.reload(); }} />}
      {plan.draws.length === 0 && <Card className="content-card"><Empty description={t('inspections.draw.none')} /></Card>}
      {editing && <PlanDrawer plan={plan} territories={territories} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); plans.reload(); }} />}
    </>
  );
}
