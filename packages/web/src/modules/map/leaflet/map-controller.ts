// The Leaflet side of the map page, kept out of React: one canvas renderer (preferCanvas) for areas, lines and
// points, drawn in that order so points lie on top; server clusters as DOM discs; a point cloud for views too
// big for one object per point; the boundary, the ring and the distance tool on their own non-interactive panes.
// React owns the panels and the URL and calls in here; nothing in here knows about React.
import { bboxOf } from '@hazgov/domain/map/geometry';
import L from 'leaflet';
import type { Feature, Geometry, Point } from 'geojson';
import type { Boundary, MapFeature, MapFeatureCollection, MapFeatureProps, Ring, TileSettings } from '../api/map.types';
import { drawRank, featureColour, strokeColour } from '../utils/colours';
import { clusterIcon } from './cluster-icon';
import { MeasureTool } from './measure-tool';
import { PointCloudLayer } from './point-cloud-layer';
import { popupContent, type PopupActions } from './popup-content';

/** Above this many points one canvas path per colour replaces one L.circleMarker per point. */
export const CLOUD_THRESHOLD = 3000;
const POINT_RADIUS = 6;
const CLOUD_RADIUS = 3;
/** From this zoom grid cells replace their territories as the area choropleth. */
export const GRID_ZOOM = 12;
/** 从化区's middle, shown until the boundary arrives (and when there is none). */
export const DISTRICT_CENTRE: L.LatLngTuple = [23.65, 113.58];

export type MeasureState = { active: boolean; segments: number[]; total: number; points: [number, number][] };

export class MapController {
  readonly map: L.Map;
  private readonly renderer: L.Canvas;
  private readonly features = L.layerGroup();
  private readonly clusters = L.layerGroup();
  private readonly cloud = new PointCloudLayer<MapFeatureProps>({ radius: CLOUD_RADIUS });
  private readonly ringGroup = L.layerGroup();
  private boundary: L.GeoJSON | null = null;
  private attribution: string | null = null;
  private tiles: L.TileLayer | null = null;
  private measure: MeasureTool | null = null;
  private actions: PopupActions | null = null;
  private last: { fc: MapFeatureCollection; gridView: boolean } | null = null;

  constructor(container: HTMLElement, view: { lat: number; lng: number; zoom: number } | null, private readonly onMeasure: (m: MeasureState) => void) {
    this.map = L.map(container, { preferCanvas: true, zoomSnap: 0.5, minZoom: 6, maxZoom: 19, attributionControl: true });
    this.map.attributionControl.setPrefix('Leaflet');
    this.renderer = L.canvas({ padding: 0.5 });
    for (const [name, z] of [['hazgov-boundary', 350], ['hazgov-ring', 450]] as const) {
      const pane = this.map.createPane(name);
      pane.style.zIndex = String(z);
      pane.style.pointerEvents = 'none';
    }
    this.map.setView(view ? [view.lat, view.lng] : DISTRICT_CENTRE, view?.zoom ?? 10);
    this.features.addTo(this.map);
    this.cloud.addTo(this.map);
    this.clusters.addTo(this.map);
    this.ringGroup.addTo(this.map);
    this.map.on('click', (e: L.LeafletMouseEvent) => this.onMapClick(e));
  }

  setActions(actions: PopupActions): void {
    this.actions = actions;
  }

  /** The district outline, never filled, never clickable; its source and licence in the attribution. */
  setBoundary(b: Boundary, fit: boolean, attribution: string): void {
    this.boundary?.remove();
    this.boundary = L.geoJSON(b, {
      pane: 'hazgov-boundary', interactive: false,
      style: { color: '#003a8c', weight: 2, fill: false, dashArray: '8 4', renderer: L.svg({ pane: 'hazgov-boundary' }) } as L.PathOptions,
    }).addTo(this.map);
    if (this.attribution) this.map.attributionControl.removeAttribution(this.attribution);
    this.attribution = attribution;
    this.map.attributionControl.addAttribution(attribution);
    // Not animated: a zoom animation still running would undo a fit to the first answer that follows it.
    if (fit) this.map.fitBounds(this.boundary.getBounds(), { padding: [12, 12], animate: false });
  }

  /** An online tile source only when the admin turned one on; off, the map needs no network at all. */
  setTiles(t: TileSettings | null): void {
    this.tiles?.remove();
    this.tiles = null;
    if (!t?.enabled || !t.urlTemplate) return;
    this.tiles = L.tileLayer(t.urlTemplate, { attribution: t.attribution, subdomains: t.subdomains || 'abc', crossOrigin: 'anonymous', maxZoom: 18 });
    this.tiles.addTo(this.map);
  }

  /** Replaces what is drawn with a features answer; returns how many features are on the map. */
  /** After a move that needed no new answer: the area choropleth switches between territories and cells by zoom. */
  redrawZoomDependent(): void {
    if (this.last && this.last.gridView !== this.gridViewFor(this.last.fc)) this.draw(this.last.fc);
  }

  private gridViewFor(fc: MapFeatureCollection): boolean {
    return this.map.getZoom() >= GRID_ZOOM && fc.features.some((f) => f.properties.layer === 'areas' && f.properties.kind === 'grid');
  }

  draw(fc: MapFeatureCollection): number {
    const same = this.last?.fc === fc;
    this.features.clearLayers();
    this.clusters.clearLayers();
    const points: MapFeature[] = [];
    const order = (f: MapFeature) => (f.properties.layer === 'areas' ? 0 : f.geometry.type === 'Point' ? 2 : 1);
    // Grid cells lie inside their territory: zoomed out the territories are the choropleth, zoomed in the cells
    // are (their territory then only a faint wash with its outline).
    const gridView = this.gridViewFor(fc);
    this.last = { fc, gridView };
    const shapes = fc.features
      .filter((f) => f.geometry && f.geometry.type !== 'Point' && (gridView || f.properties.kind !== 'grid' || f.properties.layer !== 'areas'))
      .sort((a, b) => order(a) - order(b) || (a.properties.kind === 'grid' ? 1 : 0) - (b.properties.kind === 'grid' ? 1 : 0));
    for (const f of shapes) this.drawShape(f, gridView);
    for (const f of fc.features) {
      if (f.geometry?.type !== 'Point') continue;
      if (f.properties.cluster) this.drawCluster(f as Feature<Point, MapFeatureProps>);
      else points.push(f);
    }
    const plain = points.map((f) => {
      const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
      return { lat, lng, colour: featureColour(f.properties), rank: drawRank(f.properties), item: f.properties };
    });
    if (plain.length > CLOUD_THRESHOLD) {
      if (!same) this.cloud.setPoints(plain);
    } else {
      this.cloud.setPoints([]);
      for (const p of plain.sort((a, b) => a.rank - b.rank)) {
        L.circleMarker([p.lat, p.lng], {
          renderer: this.renderer, radius: POINT_RADIUS, color: strokeColour(p.colour), weight: 1.5, fillColor: p.colour, fillOpacity: 0.95,
          bubblingMouseEvents: false,
        }).on('click', (e: L.LeafletMouseEvent) => this.onFeatureClick(p.item, e)).addTo(this.features);
      }
    }
    return shapes.length + fc.features.filter((f) => f.properties.cluster).length + plain.length;
  }

  /** Zooms to what the last answer drew (an enterprise or a town sees its own things, not the whole district). */
  fitToDrawn(maxZoom: number): boolean {
    const fc = this.last?.fc;
    if (!fc || fc.features.length === 0) return false;
    let minLng = Infinity, minLat = Infinity, maxLng = -Infinity, maxLat = -Infinity;
    for (const f of fc.features) {
      if (!f.geometry) continue;
      const b = bboxOf(f.geometry);
      minLng = Math.min(minLng, b.minLng); minLat = Math.min(minLat, b.minLat); maxLng = Math.max(maxLng, b.maxLng); maxLat = Math.max(maxLat, b.maxLat);
    }
    if (!Number.isFinite(minLng)) return false;
    this.map.fitBounds([[minLat, minLng], [maxLat, maxLng]], { padding: [40, 40], maxZoom, animate: false });
    return true;
  }

  private drawShape(f: MapFeature, gridView: boolean): void {
    const p = f.properties;
    const colour = featureColour(p);
    const isArea = p.layer === 'areas';
    const faint = isArea && gridView && p.kind !== 'grid';
    const layer = L.geoJSON(f as Feature<Geometry>, {
      style: {
        renderer: this.renderer, color: isArea ? (faint ? '#262626' : '#595959') : colour, weight: isArea ? (faint ? 2 : 1) : 3, fillColor: colour,
        fillOpacity: isArea ? (faint ? 0.06 : p.level ? 0.35 : 0.08) : 0.25, dashArray: isArea && p.kind === 'grid' ? '4 3' : undefined,
        bubblingMouseEvents: false,
      } as L.PathOptions,
    });
    layer.on('click', (e: L.LeafletMouseEvent) => this.onFeatureClick(p, e));
    layer.addTo(this.features);
  }

  private drawCluster(f: Feature<Point, MapFeatureProps>): void {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    L.marker([lat, lng], { icon: clusterIcon(f.properties), keyboard: false, bubblingMouseEvents: false })
      .on('click', () => {
        if (this.measure) { this.measure.add(L.latLng(lat, lng)); return; }
        this.map.setView([lat, lng], Math.min(this.map.getMaxZoom(), this.map.getZoom() + 2));
      })
      .addTo(this.clusters);
  }

  private onFeatureClick(p: MapFeatureProps, e: L.LeafletMouseEvent): void {
    if (this.measure) { this.measure.add(e.latlng); return; }
    // A point of the cloud lies above every shape: it wins over the area under it.
    const hit = this.cloud.pickAt(e.containerPoint);
    if (hit) this.openPopup(hit.item, hit.latlng);
    else this.openPopup(p, e.latlng);
  }

  private onMapClick(e: L.LeafletMouseEvent): void {
    if (this.measure) { this.measure.add(e.latlng); return; }
    const hit = this.cloud.pickAt(e.containerPoint);
    if (hit) this.openPopup(hit.item, hit.latlng);
  }

  openPopup(p: MapFeatureProps, at: L.LatLng): void {
    if (!this.actions) return;
    L.popup({ maxWidth: 320, autoPanPadding: [24, 24] }).setLatLng(at).setContent(popupContent(p, this.actions)).openOn(this.map);
  }

  /** The ring: the circle, its centre and each sensitive target inside, on the top pane. */
  showRing(r: Ring | null): void {
    this.ringGroup.clearLayers();
    if (!r) return;
    const svg = L.svg({ pane: 'hazgov-ring' });
    const centre = L.latLng(r.centre[1], r.centre[0]);
    const circle = L.circle(centre, { radius: r.radius, renderer: svg, interactive: false, color: '#cf1322', weight: 2, fillColor: '#cf1322', fillOpacity: 0.06, dashArray: '6 4' });
    circle.addTo(this.ringGroup);
    L.circleMarker(centre, { renderer: svg, interactive: false, radius: 4, color: '#cf1322', fillColor: '#cf1322', fillOpacity: 1 }).addTo(this.ringGroup);
    this.map.closePopup();
    this.map.fitBounds(circle.getBounds(), { padding: [40, 40], maxZoom: 17 });
  }

  setMeasuring(on: boolean, label: (m: number) => string): void {
    if (on && !this.measure) {
      this.map.closePopup();
      this.measure = new MeasureTool(this.map, 'hazgov-ring', label, (m) => this.onMeasure({ active: true, ...m }));
      this.map.getContainer().classList.add('map--measuring');
      this.onMeasure({ active: true, segments: [], total: 0, points: [] });
    } else if (!on && this.measure) {
      this.measure.remove();
      this.measure = null;
      this.map.getContainer().classList.remove('map--measuring');
      this.onMeasure({ active: false, segments: [], total: 0, points: [] });
    }
  }

  clearMeasure(): void {
    this.measure?.clear();
  }

  remove(): void {
    this.map.remove();
  }
}
