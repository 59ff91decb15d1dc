// The red and orange points needing attention (not controlled, or review late), worst first, each linking to its record.
import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../shared/components/EmptyState';
import { formatDate } from '../../../shared/utils/format';
import { riskAreaUrls } from '../../api/risk-areas.api';
import type { AttentionPoint } from '../../api/risk-areas.types';
import { LevelTag, RiskStatusTag } from '../LevelTag';

export function AttentionTable({ items }: { items: AttentionPoint[] }) {
  const { t } = useTranslation();
  return (
    <Table<AttentionPoint>
      data-testid="attention-table"
      size="small"
      rowKey="id"
      dataSource={items}
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
      scroll={{ x: 760 }}
      onRow={(r) => ({ 'data-testid': 'attention-row', 'data-point-id': r.id, 'data-level': r.level } as React.HTMLAttributes<HTMLElement>)}
      locale={{ emptyText: <EmptyState description={t('risk.areas.dashboard.noAttention')} /> }}
      columns={[
        { title: t('risk.areas.dashboard.colLevel'), dataIndex: 'level', width: 90, render: (_: unknown, r) => <LevelTag level={r.level} /> },
        { title: t('risk.areas.dashboard.colName'), dataIndex: 'name', render: (name: string, r) => <Link to={riskAreaUrls.point(r.id)} data-testid="attention-link">{name}</Link> },
        { title: t('risk.areas.dashboard.colOwner'), key: 'owner', render: (_: unknown, r) => r.enterprise?.name ?? t(`risk.areas.kind.${r.kind}`) },
        { title: t('risk.areas.dashboard.colTerritory'), key: 'territory', width: 130, render: (_: unknown, r) => [r.territory?.name, r.grid?.name].filter(Boolean).join(' / ') || '—' },
        {
          title: t('risk.areas.dashboard.colStatus'), key: 'status', width: 170,
          render: (_: unknown, r) => (
            <Space size={4} wrap>
              <RiskStatusTag status={r.status} />
              {r.reviewLate && <Tag color="purple">{t('risk.areas.dashboard.reviewLateTag')}</Tag>}
            </Space>
          ),
        },
        { title: t('risk.areas.dashboard.colNextReview'), dataIndex: 'nextReviewOn', width: 120, render: (d: string | null) => formatDate(d) },
      ]}
    />
  );
}
