// 电子地图: risk points, major hazards, enterprises, pipelines, sensitive targets, chemical parks and area risk
// over the district boundary, fully offline unless the admin turned on a tile source. The layers, filters and
// view live in the URL; the map asks the server for what lies in the view (clustered there when there is much).
import { AimOutlined, CameraOutlined, ColumnWidthOutlined, DatabaseOutlined } from '@ant-design/icons';
import type { MapLayer } from '@hazgov/domain/map/types';
import { Alert, App as AntApp, Button, Card, Typography } from 'antd';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { mapApi } from '../modules/map/api/map.api';
import { MapFilters } from '../modules/map/components/MapFilters';
import { MapLegend } from '../modules/map/components/MapLegend';
import { MeasurePanel } from '../modules/map/components/MeasurePanel';
import { RingPanel, type RingView } from '../modules/map/components/RingPanel';
import { useMapController } from '../modules/map/hooks/use-map-controller';
import { useMapFeatures } from '../modules/map/hooks/use-map-features';
import type { MeasureState } from '../modules/map/leaflet/map-controller';
import '../modules/map/map.css';
import { boundaryAttribution } from '../modules/map/utils/attribution';
import { exportFileName, exportViewPng } from '../modules/map/utils/export-png';
import { formatDistance } from '../modules/map/utils/measure';
import { readMapUrl, writeMapUrl, type MapFilters as Filters, type MapUrlState } from '../modules/map/utils/url-state';
import { ApiError } from '../modules/shared/api/client';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatNumber } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { useListedEnterprises } from '../modules/blacklist/hooks/use-listed';

const noMeasure: MeasureState = { active: false, segments: [], total: 0, points: [] };

export function MapPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const listed = useListedEnterprises();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => readMapUrl(new URLSearchParams(search)), [search]);
  const stateRef = useRef<MapUrlState>(state);
  stateRef.current = state;
  const initial = useRef(state.view); // only the first URL decides whether to fit the district
  useCrumbs([{ title: t('map.title') }]);

  const frameRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const readoutRef = useRef<HTMLSpanElement>(null);
  const [measure, setMeasure] = useState<MeasureState>(noMeasure);
  const [ring, setRing] = useState<RingView | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<number | null>(null);
  const ctrl = useMapController(containerRef, initial.current, setMeasure);
  const boundary = useAsync((signal) => mapApi.boundary(signal).catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return null; // no boundary loaded: the map still works
    throw e;
  }), []);
  // Without a view in the URL the map first fits the district: ask for features once that view is known.
  const status = useMapFeatures(ctrl, state, i18n.language, !!initial.current || boundary.data !== undefined || !!boundary.error);
  const settings = useAsync((signal) => mapApi.settings(signal), []);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items).catch(() => []), []);
  const territories = useMemo(() => (orgs.data ?? []).filter((o) => o.kind === 'territory').sort((a, b) => a.sort - b.sort)
    .map((o) => ({ id: o.id, name: orgName(o, i18n.language) })), [orgs.data, i18n.language]);

  const update = useCallback((patch: Partial<MapUrlState>, replace = false) => {
    setParams(writeMapUrl({ ...stateRef.current, ...patch }), { replace });
  }, [setParams]);

  // The view goes to the URL after each move (replacing, so the back button steps through filters, not pans).
  useEffect(() => {
    if (!ctrl) return;
    const map = ctrl.map;
    const onMove = () => {
      const c = map.getCenter();
      update({ view: { lat: c.lat, lng: c.lng, zoom: map.getZoom() } }, true);
    };
    const onMouse = (e: { latlng: { lat: number; lng: number } }) => {
      if (readoutRef.current) readoutRef.current.textContent = `${e.latlng.lng.toFixed(6)}, ${e.latlng.lat.toFixed(6)}`;
    };
    map.on('moveend', onMove);
    map.on('mousemove', onMouse);
    return () => { map.off('moveend', onMove); map.off('mousemove', onMouse); };
  }, [ctrl, update]);

  // An enterprise or a town opening the map without a view sees its own things: once, after the first answer.
  const fitted = useRef(false);
  useEffect(() => {
    if (!ctrl || fitted.current || initial.current || status.seq < 1) return;
    fitted.current = true;
    if (me.role === 'enterprise' || me.role === 'territory') ctrl.fitToDrawn(15);
  }, [ctrl, status.seq, me.role]);

  // The district is fitted once, on the first boundary, and only when the URL brought no view.
  const boundaryFitted = useRef(false);
  useEffect(() => {
    if (!ctrl || !boundary.data) return;
    ctrl.setBoundary(boundary.data, !initial.current && !boundaryFitted.current, boundaryAttribution(boundary.data.properties, t));
    boundaryFitted.current = true;
  }, [ctrl, boundary.data, t]);
  useEffect(() => {
    ctrl?.setTiles(settings.data?.tiles ?? null);
  }, [ctrl, settings.data]);

  const openRing = useCallback(async (target: { unitId?: string; enterpriseId?: string; name: string }) => {
    setRing({ name: target.name, data: null, loading: true, error: null });
    try {
      const data = await mapApi.ring({ ...(target.unitId ? { unitId: target.unitId } : { enterpriseId: target.enterpriseId }), radius: 500 });
      setRing({ name: target.name, data, loading: false, error: null });
      ctrl?.showRing(data);
      if (!stateRef.current.layers.includes('sensitive_targets')) update({ layers: [...stateRef.current.layers, 'sensitive_targets'] });
    } catch (e) {
      setRing({ name: target.name, data: null, loading: false, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }, [ctrl, update]);

  useEffect(() => {
    ctrl?.setActions({ t, formatNumber, navigate: (path) => navigate(path), ring: (x) => { void openRing(x); }, listed: (id) => listed.has(id) });
  }, [ctrl, t, navigate, openRing, listed]);

  const toggleMeasure = () => ctrl?.setMeasuring(!measure.active, (m) => formatDistance(m, formatNumber));
  const closeRing = () => { setRing(null); ctrl?.showRing(null); };
  const exportPng = async () => {
    if (!frameRef.current) return;
    setExporting(true);
    try {
      const url = await exportViewPng(frameRef.current, exportFileName(new Date()));
      setExported(url.length);
    } catch (e) {
      void message.error(t('map.export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(false);
    }
  };

  const tiles = settings.data?.tiles;
  return (
    <>
      <PageHeader title={t('map.title')} subtitle={t('map.subtitle')} extra={<>
        <Button icon={<ColumnWidthOutlined />} type={measure.active ? 'primary' : 'default'} onClick={toggleMeasure} data-testid="measure-toggle">{t('map.measure.button')}</Button>
        <Button icon={<CameraOutlined />} loading={exporting} onClick={() => { void exportPng(); }} data-testid="export-png" data-exported={exported ?? undefined}>{t('map.export.button')}</Button>
        {me.role === 'district_admin' && <Link to="/map/data"><Button icon={<DatabaseOutlined />} data-testid="map-data-link">{t('map.data.title')}</Button></Link>}
      </>} />
      <div className={`map-layout${ring ? ' map-layout--ring' : ''}`}>
        <Card size="small" className="map-layout__side">
          <MapFilters layers={state.layers} filters={state.filters} territories={territories} totals={status.meta?.layers}
            onLayers={(layers: MapLayer[]) => update({ layers })} onFilters={(filters: Filters) => update({ filters })} />
        </Card>
        <div className="map-layout__main">
          <div className="map-frame" ref={frameRef} data-testid="map-frame">
            <div className="map-canvas" ref={containerRef} data-testid="map" />
            <MapLegend layers={state.layers} />
            {measure.active && <MeasurePanel m={measure} onClear={() => ctrl?.clearMeasure()} onDone={toggleMeasure} />}
            <div className="map-readout" data-testid="map-readout"><AimOutlined /> WGS-84 <span ref={readoutRef}>—</span></div>
            <div className="map-status map-no-export" data-testid="map-status" data-state={status.state} data-drawn={status.drawn} data-seq={status.seq}>
              {status.state === 'loading' ? t('map.status.loading') : t('map.status.drawn', { count: status.drawn })}
            </div>
          </div>
          {status.error && <ErrorAlert error={status.error} />}
          {boundary.data === null && <Alert type="info" showIcon title={t('map.noBoundary')} style={{ marginTop: 8 }} />}
          {tiles?.enabled && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="tiles-note">
              {tiles.coordSystem === 'gcj02' ? t('map.tiles.gcj02Note') : t('map.tiles.onlineNote')}
            </Typography.Paragraph>
          )}
        </div>
        {ring && <div className="map-layout__ring"><RingPanel ring={ring} onClose={closeRing} /></div>}
      </div>
    </>
  );
}
