// 督查通报: the district office issues notices to units; a unit reads the ones addressed to it and acknowledges.
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { noticesApi, type Notice } from '../modules/notices/api/notices.api';
import { NoticeForm } from '../modules/notices/components/NoticeForm';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { usePlans } from '../modules/plans/hooks/plan-context';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime } from '../modules/shared/utils/format';

export function NoticesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isAdmin = can.createNotice(me.role);
  const { plans, defaultPlanId } = usePlans();
  const list = useAsync(() => noticesApi.list(), []);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), [], isAdmin);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.notices') }]);

  const acknowledge = async (n: Notice) => {
    setBusy(n.id);
    try {
      await noticesApi.acknowledge(n.id);
      success(t('notices.acknowledged'));
      list.reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };
  const myTarget = (n: Notice) => n.targets.find((x) => x.unitId === me.organisation.id);

  return (
    <>
      <PageHeader title={t('notices.title')} subtitle={t('notices.subtitle')}
        extra={isAdmin && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="notice-new">{t('notices.new')}</Button>} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card" loading={list.loading && !list.data}>
        {isAdmin ? (
          <Table<Notice>
            data-testid="notices-table"
            rowKey="id"
            size="small"
            dataSource={list.data ?? []}
            locale={{ emptyText: <EmptyState description={t('notices.none')} /> }}
            expandable={{
              expandedRowRender: (n) => (
                <div className="notice-detail">
                  <Typography.Paragraph className="pre-wrap">{n.body}</Typography.Paragraph>
                  <Space wrap size={[4, 4]}>
                    {n.targets.map((x) => (
                      <Tag key={x.unitId} color={x.acknowledgedAt ? 'success' : 'default'} icon={x.acknowledgedAt ? <CheckOutlined /> : undefined}>
                        {x.unitName}{x.acknowledgedAt ? ` · ${formatDateTime(x.acknowledgedAt)}` : ''}
                      </Tag>
                    ))}
                  </Space>
                </div>
              ),
            }}
            columns={[
              { key: 'title', title: t('notices.noticeTitle'), dataIndex: 'title' },
              { key: 'plan', title: t('notices.plan'), dataIndex: 'planTitle', responsive: ['lg'] },
              { key: 'at', title: t('notices.issuedAt'), width: 160, render: (_: unknown, n) => formatDateTime(n.issuedAt) },
              { key: 'ack', title: t('notices.ackProgress'), width: 200,
                render: (_: unknown, n) => <Progress size="small" percent={n.targetCount ? Math.round((n.acknowledgedCount / n.targetCount) * 100) : 0}
                  format={() => `${n.acknowledgedCount}/${n.targetCount}`} /> },
            ]}
          />
        ) : (
          <List
            data-testid="notices-list"
            dataSource={list.data ?? []}
            locale={{ emptyText: <EmptyState description={t('notices.none')} /> }}
            renderItem={(n) => {
              const mineT = myTarget(n);
              return (
                <List.Item
                  key={n.id}
                  data-testid="notice-item"
                  actions={[mineT?.acknowledgedAt
                    ? <Tag color="success" icon={<CheckOutlined />}>{t('notices.ackedOn', { at: formatDateTime(mineT.acknowledgedAt) })}</Tag>
                    : <Button type="primary" size="small" loading={busy === n.id} onClick={() => { void acknowledge(n); }} data-testid="notice-ack">{t('notices.acknowledge')}</Button>]}
                >
                  <List.Item.Meta
                    title={<Space wrap>{n.title}{!mineT?.acknowledgedAt && <Tag color="red">{t('notices.unacked')}</Tag>}</Space>}
                    description={<><div className="sub-text">{n.planTitle} · {formatDateTime(n.issuedAt)}</div><div className="pre-wrap notice-body">{n.body}</div></>}
                  />
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      {isAdmin && (
        <NoticeForm open={creating} onClose={() => setCreating(false)} onCreated={() => { setCreating(false); list.reload(); }}
          plans={plans} orgs={orgs.data ?? []} defaultPlanId={defaultPlanId} />
      )}
    </>
  );
}
