// The imported layer features (sensitive targets, pipelines, chemical parks), newest first, each deletable.
import { featureLayers, type FeatureLayer } from '@hazgov/domain/map/types';
import { App as AntApp, Button, Popconfirm, Select, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { formatDateTime, formatNumber } from '../../shared/utils/format';
import { mapApi } from '../api/map.api';
import type { LayerItem } from '../api/map.types';

export function LayerFeaturesTable({ refresh }: { refresh: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [layer, setLayer] = useState<FeatureLayer | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useAsync((signal) => mapApi.layers({ layer, page, pageSize }, signal), [layer, page, pageSize, refresh]);

  const remove = async (item: LayerItem) => {
    try {
      await mapApi.deleteLayerFeature(item.id);
      void message.success(t('map.layers.deleted', { name: item.name }));
      list.reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Select<FeatureLayer> allowClear placeholder={t('map.layers.allLayers')} style={{ width: 220, marginBottom: 12 }} value={layer} data-testid="layers-filter"
        options={featureLayers.map((l) => ({ value: l, label: t(`map.featureLayer.${l}`) }))} onChange={(v) => { setLayer(v); setPage(1); }} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<LayerItem> size="small" rowKey="id" loading={list.loading} dataSource={list.data?.items ?? []} scroll={{ x: 760 }}
        onRow={(r) => ({ 'data-testid': 'layer-row', 'data-id': r.id, 'data-name': r.name }) as HTMLAttributes<HTMLElement>}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, size: 'small', onChange: (p, s) => { setPage(s !== pageSize ? 1 : p); setPageSize(s); } }}
        columns={[
          { key: 'name', title: t('map.layers.name'), dataIndex: 'name' },
          { key: 'layer', title: t('map.layers.layer'), dataIndex: 'layer', width: 110, render: (l: FeatureLayer) => t(`map.featureLayer.${l}`) },
          { key: 'category', title: t('map.layers.category'), dataIndex: 'category', width: 110, render: (c: string | null) => (c ? t(`map.category.${c}`, { defaultValue: c }) : '—') },
          { key: 'territory', title: t('map.layers.territory'), dataIndex: 'territory', width: 120, render: (x: LayerItem['territory']) => (x && typeof x === 'object' ? x.name : x ?? '—') },
          { key: 'population', title: t('map.layers.population'), dataIndex: 'population', width: 90, align: 'right', render: (n: number | null) => formatNumber(n) },
          { key: 'source', title: t('map.layers.source'), dataIndex: 'source', width: 140, render: (s: string | null) => <Typography.Text type="secondary">{s ?? '—'}</Typography.Text> },
          { key: 'createdAt', title: t('map.layers.createdAt'), dataIndex: 'createdAt', width: 150, render: (d: string) => formatDateTime(d) },
          { key: 'actions', title: t('common.actions'), width: 80, render: (_: unknown, r) => (
            <Popconfirm title={t('map.layers.confirmDelete', { name: r.name })} onConfirm={() => remove(r)} okButtonProps={{ danger: true, 'data-testid': 'layer-delete-ok' } as never}>
              <Button type="link" danger size="small" data-testid="layer-delete">{t('map.layers.delete')}</Button>
            </Popconfirm>
          ) },
        ]} />
    </>
  );
}
