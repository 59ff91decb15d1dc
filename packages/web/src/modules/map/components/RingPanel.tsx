// The 500 m ring's side panel: the sensitive targets inside, nearest first, with distance and population.
import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/utils/format';
import type { Ring, RingTarget } from '../api/map.types';

export type RingView = { name: string; data: Ring | null; loading: boolean; error: Error | null };

export function RingPanel({ ring, onClose }: { ring: RingView; onClose: () => void }) {
  const { t } = useTranslation();
  const d = ring.data;
  return (
    <Card size="small" className="map-side-card" data-testid="ring-panel" loading={ring.loading}
      title={t('map.ring.title', { name: ring.name, radius: formatNumber(d?.radius ?? 500) })}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('map.ring.close')} onClick={onClose} data-testid="ring-close" />}>
      {ring.error && <Alert type="error" showIcon title={ring.error.message} />}
      {d && (
        <>
          <Typography.Paragraph data-testid="ring-summary" data-count={d.targets.length} data-population={d.population}>
            {t('map.ring.summary', { count: d.targets.length, population: formatNumber(d.population) })}
          </Typography.Paragraph>
          <Table<RingTarget> size="small" rowKey="id" pagination={false} dataSource={d.targets} scroll={{ y: 360 }}
            onRow={() => ({ 'data-testid': 'ring-target' }) as HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'name', title: t('map.ring.name'), dataIndex: 'name', render: (n: string, r) => <>{n}<br /><Typography.Text type="secondary">{t(`map.category.${r.category}`, { defaultValue: r.category })}</Typography.Text></> },
              { key: 'distance', title: t('map.ring.distance'), dataIndex: 'distance', width: 80, align: 'right', render: (m: number) => `${formatNumber(m)} m` },
              { key: 'population', title: t('map.ring.population'), dataIndex: 'population', width: 80, align: 'right', render: (p: number | null) => formatNumber(p) },
            ]} />
        </>
      )}
    </Card>
  );
}
