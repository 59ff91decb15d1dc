// One 双随机 draw: the seed in large type (anyone can re-run it: docs/inspections-draw.md), the algorithm's name, the
// enterprises drawn with their inspectors, the pools it drew from (with weights) and the conflicts it respected;
// 复核 re-runs the stored pools and seed on the server and says whether the result is the same.
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { formatDateTime } from '../../shared/utils/format';
import { inspectionsApi } from '../api/inspections.api';
import type { Draw, DrawVerification } from '../api/inspections.types';

const territoryName = (x: unknown): string => (typeof x === 'string' ? x : x && typeof x === 'object' && 'name' in x ? String((x as { name: unknown }).name) : '—');

export function DrawView({ draw, canPublish, onPublished }: { draw: Draw; canPublish: boolean; onPublished: (d: Draw) => void }) {
  const { t } = useTranslation();
  const [verification, setVerification] = useState<DrawVerification | null>(null);
  const verify = useBusyAction();
  const publish = useBusyAction();
  const names = new Map(draw.enterprisePool.map((e) => [e.id, e.name]));
  const inspectorNames = new Map(draw.inspectorPool.map((i) => [i.id, i.name]));

  return (
    <Card className="content-card" data-testid="draw-view" data-draw={draw.id} data-status={draw.status}
      title={<Space>{t('inspections.draw.title')}<Tag color={draw.status === 'published' ? 'green' : 'blue'}>{t(`inspections.draw.status.${draw.status === 'published' ? 'published' : 'drawn'}`)}</Tag></Space>}
      extra={<Space wrap>
        <Button loading={verify.busy} onClick={() => void verify.run(async () => setVerification(await inspectionsApi.verifyDraw(draw.id)))} data-testid="draw-verify">{t('inspections.draw.verify')}</Button>
        {canPublish && draw.status !== 'published' && (
          <Button type="primary" loading={publish.busy} onClick={() => void publish.run(async () => onPublished(await inspectionsApi.publishDraw(draw.id)))} data-testid="draw-publish">
            {t('inspections.draw.publish')}
          </Button>
        )}
      </Space>}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('inspections.draw.seed')}><Typography.Text copyable className="draw-seed" data-testid="draw-seed">{String(draw.seed)}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('inspections.draw.algorithm')}><code>{draw.algorithm}</code></Descriptions.Item>
        <Descriptions.Item label={t('inspections.draw.drawnAt')}>{formatDateTime(draw.drawnAt)}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.draw.pools')}>{t('inspections.draw.poolCounts', { enterprises: draw.enterprisePool.length, inspectors: draw.inspectorPool.length })}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('inspections.draw.howToCheck')}</Typography.Paragraph>
      {verification && (
        <Alert style={{ marginBottom: 12 }} showIcon type={verification.ok ? 'success' : 'error'} data-testid="draw-verified" data-ok={verification.ok ? '1' : '0'}
          icon={verification.ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
          title={verification.ok ? t('inspections.draw.verifiedOk') : t('inspections.draw.verifiedBad')} />
      )}
      <Table size="small" rowKey={(r) => r.enterprise.id} dataSource={draw.result} pagination={false} data-testid="draw-result" scroll={{ x: 480 }}
        columns={[
          { title: '#', width: 48, render: (_, __, i) => i + 1 },
          { title: t('inspections.field.enterprise'), render: (_, r) => r.enterprise.name || names.get(r.enterprise.id) },
          { title: t('inspections.draw.territory'), render: (_, r) => territoryName(r.enterprise.territory) },
          { title: t('inspections.field.inspectors'), render: (_, r) => r.inspectors.map((i) => i.name || inspectorNames.get(i.id)).join('、') },
        ]} />
      <Collapse style={{ marginTop: 12 }} size="small" items={[
        {
          key: 'enterprises', label: t('inspections.draw.enterprisePool', { count: draw.enterprisePool.length }),
          children: <Table size="small" rowKey="id" dataSource={draw.enterprisePool} pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[{ title: t('inspections.field.enterprise'), dataIndex: 'name' }, { title: t('inspections.draw.weight'), dataIndex: 'weight', align: 'right' }]} />,
        },
        {
          key: 'inspectors', label: t('inspections.draw.inspectorPool', { count: draw.inspectorPool.length }),
          children: draw.inspectorPool.map((i) => i.name).join('、') || '—',
        },
        {
          key: 'conflicts', label: t('inspections.draw.conflicts', { count: draw.conflicts.length }),
          children: draw.conflicts.length === 0 ? '—' : (
            <ul style={{ margin: 0 }}>{draw.conflicts.map((c, i) => (
              <li key={i}>{inspectorNames.get(c.inspectorId) ?? c.inspectorId} — {names.get(c.enterpriseId) ?? c.enterpriseId}: {c.reason}</li>
            ))}</ul>
          ),
        },
      ]} />
    </Card>
  );
}
