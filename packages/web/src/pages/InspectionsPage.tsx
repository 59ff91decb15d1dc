// 执法检查: the inspection records the user may see — for an inspector, by default only the ones assigned to them
// (the phone's work list, kept for offline use) — and 新建检查 for those who inspect. Tabs to plans and checklists.
import { CloudDownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Pagination, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';
import { inspectionUrls, inspectionsApi } from '../modules/inspections/api/inspections.api';
import type { InspectionList, InspectionQuery } from '../modules/inspections/api/inspections.types';
import { InspectionsNav } from '../modules/inspections/components/InspectionsNav';
import { InspectionStatusTag } from '../modules/inspections/components/InspectionStatusTag';
import { NewInspectionDrawer } from '../modules/inspections/components/NewInspectionDrawer';
import { SyncStatusBar } from '../modules/inspections/components/SyncStatusBar';
import '../modules/inspections/inspections.css';
import { isNetworkError } from '../modules/inspections/offline/local-view';
import { cacheInspection, cacheList, cachedList } from '../modules/inspections/offline/store';
import { useSyncState } from '../modules/inspections/offline/use-offline';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useBusyAction } from '../modules/shared/hooks/use-busy-action';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate } from '../modules/shared/utils/format';

const statuses = ['planned', 'in_progress', 'submitted', 'cancelled'] as const;

/** The list from the server (and kept), or — without a network — the copy kept last time. */
async function loadList(q: InspectionQuery, signal: AbortSignal): Promise<InspectionList & { cached?: boolean }> {
  const key = JSON.stringify(q);
  try {
    if (!navigator.onLine) throw new TypeError('offline');
    const list = await inspectionsApi.list(q, signal);
    await cacheList(key, list);
    return list;
  } catch (e) {
    const kept = isNetworkError(e) ? await cachedList(key) : undefined;
    if (kept) return { ...kept, cached: true };
    throw e;
  }
}

export function InspectionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const sync = useSyncState();
  const [params, setParams] = useSearchParams();
  const mineDefault = me.role === 'inspector';
  const mine = params.get('mine') ? params.get('mine') === '1' : mineDefault;
  const status = params.get('status') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const query: InspectionQuery = { ...(mine ? { mine: 1 as const } : {}), ...(status ? { status } : {}), page, pageSize: 20 };
  const list = useAsync((signal) => loadList(query, signal), [JSON.stringify(query)]);
  const [creating, setCreating] = useState(false);
  const keeping = useBusyAction();
  const success = useSuccess();
  useCrumbs([{ title: t('inspections.title') }]);

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v === undefined) next.delete(k); else next.set(k, v);
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };

  // Before going out: keep every open inspection of the list (record + checklist) on the phone, not only the opened ones.
  const keepForOffline = () => keeping.run(async () => {
    const open = (list.data?.items ?? []).filter((i) => i.status === 'planned' || i.status === 'in_progress');
    for (const i of open) await cacheInspection(await inspectionsApi.get(i.id));
    success(t('inspections.offline.kept', { count: open.length }));
  });

  return (
    <>
      <PageHeader title={t('inspections.title')} subtitle={t('inspections.subtitle')}
        extra={can.inspect(me.role) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="inspection-create">{t('inspections.create.button')}</Button>
        )} />
      <InspectionsNav active="records" />
      <SyncStatusBar state={sync} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <Space wrap style={{ marginBottom: 12 }}>
          {can.inspect(me.role) && (
            <span><Switch checked={mine} onChange={(on) => set({ mine: on ? '1' : '0' })} data-testid="inspections-mine" /> {t('inspections.list.mine')}</span>
          )}
          <Select allowClear style={{ minWidth: 140 }} placeholder={t('inspections.list.status')} value={status}
            onChange={(v: string | undefined) => set({ status: v })} options={statuses.map((s) => ({ value: s, label: t(`inspections.status.${s}`) }))} />
          {can.inspect(me.role) && sync.online && !list.data?.cached && (
            <Button icon={<CloudDownloadOutlined />} loading={keeping.busy} onClick={() => void keepForOffline()} data-testid="inspections-keep-offline">{t('inspections.offline.keep')}</Button>
          )}
          {list.data?.cached && <Tag color="orange" data-testid="list-from-cache">{t('inspections.offline.fromCache')}</Tag>}
        </Space>
        <List className="insp-card-list" loading={list.loading} dataSource={list.data?.items ?? []} data-testid="inspections-list"
          locale={{ emptyText: <Empty description={t('inspections.list.empty')} /> }}
          renderItem={(i) => (
            <List.Item>
              <Card size="small" hoverable onClick={() => void navigate(inspectionUrls.one(i.id))} data-testid="inspection-row" data-id={i.id}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                  <Typography.Text strong>{i.enterprise.name}<BlacklistBadge listed={i.enterprise.blacklisted} /></Typography.Text>
                  <InspectionStatusTag status={i.status} />
                </Space>
                <div style={{ color: 'rgba(0,0,0,0.6)', marginTop: 4 }}>
                  {formatDate(i.scheduledOn)} · {i.territory?.name ?? '—'} · {i.templateName}
                  {i.plan && <> · {i.plan.title}</>}
                </div>
                <div style={{ marginTop: 4 }}>
                  {i.inspectors.map((x) => x.name).join('、')}
                  {i.status === 'submitted' && (
                    <Tag color={i.failCount > 0 ? 'volcano' : 'green'} style={{ marginInlineStart: 8 }}>
                      {t('inspections.list.fails', { fails: i.failCount, findings: i.findingCount })}
                    </Tag>
                  )}
                </div>
              </Card>
            </List.Item>
          )} />
        {(list.data?.total ?? 0) > 20 && (
          <Pagination current={page} pageSize={20} total={list.data?.total ?? 0} showSizeChanger={false} onChange={(p) => set({ page: String(p) })} />
        )}
      </Card>
      {creating && <NewInspectionDrawer open={creating} onClose={() => setCreating(false)} onSaved={(i) => { setCreating(false); void navigate(inspectionUrls.one(i.id)); }} />}
    </>
  );
}
