// 申报审核 (regulators): the self-declarations waiting in the user's jurisdiction; open one to see what changed
// since the last approved declaration, then approve it or return it with a comment.
import { Button, Card, Drawer, Grid, Segmented, Space, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { enterprisesApi } from '../modules/enterprises/api/enterprises.api';
import type { Declaration, DeclarationReviewStatus } from '../modules/enterprises/api/enterprises.types';
import { DeclarationChanges } from '../modules/enterprises/components/DeclarationChanges';
import { ReviewButtons } from '../modules/enterprises/components/ReviewButtons';
import { DeclarationTag } from '../modules/enterprises/components/Tags';
import '../modules/enterprises/enterprises.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatDateTime } from '../modules/shared/utils/format';

const filters: DeclarationReviewStatus[] = ['submitted', 'returned', 'approved'];

export function DeclarationReviewPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const status = (filters as string[]).includes(params.get('status') ?? '') ? (params.get('status') as DeclarationReviewStatus) : 'submitted';
  const [open, setOpen] = useState<Declaration | null>(null);
  useCrumbs([{ title: t('nav.declarations') }]);
  const queue = useAsync(() => enterprisesApi.declarationQueue(status).then((r) => r.items), [status]);
  // Oldest first: a declaration waiting longest is reviewed first.
  const items = [...(queue.data ?? [])].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  const done = () => { setOpen(null); queue.reload(); };

  return (
    <>
      <PageHeader title={t('enterprises.review.title')} subtitle={t('enterprises.review.subtitle')} />
      {queue.error && <ErrorAlert error={queue.error} onRetry={queue.reload} />}
      <Card className="content-card">
        <Segmented<DeclarationReviewStatus> className="ent-gap-bottom" value={status} data-testid="declaration-filter"
          onChange={(v) => setParams({ status: v }, { replace: true })}
          options={filters.map((s) => ({ value: s, label: t(`enterprises.declarationStatus.${s}`) }))} />
        <Table<Declaration>
          size="small" rowKey="id" dataSource={items} loading={queue.loading} scroll={{ x: 'max-content' }} data-testid="declaration-queue"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyState description={t('enterprises.review.none')} /> }}
          onRow={(d) => ({ 'data-testid': 'declaration-row', 'data-declaration-id': d.id } as HTMLAttributes<HTMLElement>)}
          columns={[
            { key: 'name', title: t('enterprises.field.name'), render: (_: unknown, d) => <Link to={`/enterprises/${encodeURIComponent(d.enterpriseId)}?tab=declaration`}>{d.enterpriseName}</Link> },
            { key: 'year', title: t('enterprises.declaration.year'), dataIndex: 'year' },
            { key: 'status', title: t('enterprises.declaration.status'), responsive: ['sm'], render: (_: unknown, d) => <DeclarationTag status={d.status} /> },
            { key: 'submitted', title: t('enterprises.declaration.submittedAt'), render: (_: unknown, d) => formatDateTime(d.submittedAt) },
            { key: 'comment', title: t('enterprises.declaration.lastComment'), responsive: ['lg'], ellipsis: { showTitle: true }, width: 280, render: (_: unknown, d) => d.reviewComment || '—' },
            {
              key: 'actions', title: t('common.actions'), fixed: 'right',
              render: (_: unknown, d) => (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setOpen(d)} data-testid="declaration-open">{t('enterprises.review.open')}</Button>
                  {d.status === 'submitted' && <ReviewButtons size="small" declaration={d} onDone={done} />}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Drawer open={!!open} onClose={() => setOpen(null)} size={screens.md ? 640 : '100%'} destroyOnHidden
        title={open ? t('enterprises.review.drawerTitle', { name: open.enterpriseName, year: open.year }) : ''}
        extra={open?.status === 'submitted' ? <ReviewButtons declaration={open} onDone={done} /> : undefined}>
        {open && <DeclarationChanges declaration={open} />}
      </Drawer>
    </>
  );
}
