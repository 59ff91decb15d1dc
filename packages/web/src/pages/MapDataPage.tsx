// 地图数据 (district admin): territory and grid polygons, the imported layers (sensitive targets, pipelines,
// chemical parks) and the optional online base map. Every import is checked first and saved all or nothing.
import type { FeatureLayer } from '@hazgov/domain/map/types';
import { featureLayers } from '@hazgov/domain/map/types';
import { Alert, Card, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ImportPanel } from '../modules/map/components/ImportPanel';
import { LayerFeaturesTable } from '../modules/map/components/LayerFeaturesTable';
import { TileSettingsForm } from '../modules/map/components/TileSettingsForm';
import '../modules/map/map.css';
import { PageHeader } from '../modules/shared/components/PageHeader';

const tabs = ['areas', 'layers', 'features', 'tiles'] as const;
type Tab = (typeof tabs)[number];

export function MapDataPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'areas';
  const [layer, setLayer] = useState<FeatureLayer>('sensitive_target');
  const [refresh, setRefresh] = useState(0);
  const me = useMe();
  useCrumbs([{ title: t('map.title'), path: '/map' }, { title: t('map.data.title') }]);
  if (!can.admin(me.role)) {
    return <><PageHeader title={t('map.data.title')} /><Alert type="warning" showIcon title={t('map.data.adminOnly')} data-testid="map-data-forbidden" /></>;
  }

  return (
    <>
      <PageHeader title={t('map.data.title')} subtitle={t('map.data.subtitle')} />
      <Card className="content-card">
        <Tabs activeKey={tab} onChange={(k) => setParams(k === 'areas' ? {} : { tab: k })} items={[
          { key: 'areas', label: <span data-testid="tab-areas">{t('map.data.areas')}</span>, children: <ImportPanel target="areas" onImported={() => setRefresh((n) => n + 1)} /> },
          { key: 'layers', label: <span data-testid="tab-layers">{t('map.data.layers')}</span>, children: (
            <>
              <Segmented<FeatureLayer> value={layer} onChange={setLayer} style={{ marginBottom: 12 }} data-testid="import-layer-kind"
                options={featureLayers.map((l) => ({ value: l, label: t(`map.featureLayer.${l}`) }))} />
              <ImportPanel key={layer} target={layer} onImported={() => setRefresh((n) => n + 1)} />
            </>
          ) },
          { key: 'features', label: <span data-testid="tab-features">{t('map.data.features')}</span>, children: <LayerFeaturesTable refresh={refresh} /> },
          { key: 'tiles', label: <span data-testid="tab-tiles">{t('map.data.tiles')}</span>, children: <TileSettingsForm /> },
        ]} />
      </Card>
    </>
  );
}
