// The distance tool: each click adds a vertex; the line, each segment's length at its middle and the running
// total are drawn on a non-interactive pane so the tool never steals a click from the map.
import L from 'leaflet';
import { measurePath, type LngLat, type Measured } from '../utils/measure';

export class MeasureTool {
  private readonly group: L.LayerGroup;
  private readonly points: L.LatLng[] = [];
  private readonly renderer: L.Renderer;

  constructor(
    map: L.Map,
    pane: string,
    private readonly label: (metres: number) => string,
    private readonly onChange: (m: Measured & { points: LngLat[] }) => void,
  ) {
    this.renderer = L.svg({ pane });
    this.group = L.layerGroup().addTo(map);
  }

  add(latlng: L.LatLng): void {
    this.points.push(latlng);
    this.draw();
  }

  clear(): void {
    this.points.length = 0;
    this.draw();
  }

  private draw(): void {
    this.group.clearLayers();
    const lngLats: LngLat[] = this.points.map((p) => [p.lng, p.lat]);
    const m = measurePath(lngLats);
    const style = { renderer: this.renderer, interactive: false, color: '#1677ff', weight: 3, dashArray: '6 4' };
    if (this.points.length > 1) L.polyline(this.points, style).addTo(this.group);
    this.points.forEach((p, i) => {
      L.circleMarker(p, { ...style, radius: 4, dashArray: '', fillColor: '#fff', fillOpacity: 1 }).addTo(this.group);
      if (i === 0) return;
      const a = this.points[i - 1]!;
      const mid = L.latLng((a.lat + p.lat) / 2, (a.lng + p.lng) / 2);
      L.tooltip({ permanent: true, direction: 'center', className: 'map-measure-label', interactive: false })
        .setLatLng(mid).setContent(this.label(m.segments[i - 1]!)).addTo(this.group);
    });
    this.onChange({ ...m, points: lngLats });
  }

  remove(): void {
    this.group.remove();
  }
}
