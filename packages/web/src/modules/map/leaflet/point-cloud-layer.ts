// Many points on one canvas, for views the server does not cluster (?cluster=off, the 100,000-point benchmark).
// Leaflet keeps an object, bounds and a hit-test path per L.circleMarker; at 100,000 that costs seconds. Here the
// points are projected once at zoom 0 (Web Mercator pixels scale by 2^zoom), drawn in one path per colour, and
// a click is answered by a scan for the nearest point, worst first when they overlap.
import L from 'leaflet';
import { discOffsets, packColour } from '../utils/pixels';

export type CloudPoint<T> = { lat: number; lng: number; colour: string; rank: number; item: T };

const PAD = 0.3; // draw beyond each edge, so a pan shows points before moveend redraws
const RIM = packColour('#ffffff', 0xe6); // the one-pixel rim that keeps overlapping points apart

export class PointCloudLayer<T> extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private points: CloudPoint<T>[] = [];
  private rgba = new Uint32Array(0);
  private image: ImageData | null = null;
  private readonly radius: number;

  constructor(opts: { radius: number }) {
    super();
    this.radius = opts.radius;
  }

  setPoints(points: CloudPoint<T>[]): this {
    // Worst last: drawn on top and found first by a click.
    this.points = [...points].sort((a, b) => a.rank - b.rank);
    const cache = new Map<string, number>();
    this.rgba = new Uint32Array(this.points.length);
    this.points.forEach((p, i) => {
      let c = cache.get(p.colour);
      if (c === undefined) { c = packColour(p.colour); cache.set(p.colour, c); }
      this.rgba[i] = c;
    });
    this.project();
    this.redraw();
    return this;
  }

  get size(): number {
    return this.points.length;
  }

  override onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'map-point-cloud leaflet-zoom-hide');
    map.getPane('overlayPane')?.appendChild(this.canvas);
    map.on('moveend resize', this.redraw, this);
    this.project();
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend resize', this.redraw, this);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  private project(): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    this.xs = new Float64Array(this.points.length);
    this.ys = new Float64Array(this.points.length);
    this.points.forEach((p, i) => {
      const px = map.project([p.lat, p.lng], 0);
      this.xs[i] = px.x;
      this.ys[i] = px.y;
    });
  }

  private readonly redraw = (): void => {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const padX = Math.round(size.x * PAD), padY = Math.round(size.y * PAD);
    const w = size.x + 2 * padX, h = size.y + 2 * padY;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
      this.image = null;
    }
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([-padX, -padY]));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    // Pixels written straight into one ImageData: without a GPU, Chromium rasterises 100,000 canvas arcs in
    // about half a second per frame; stamping a precomputed disc per point takes a few milliseconds.
    if (!this.image) this.image = ctx.createImageData(w, h);
    const px = new Uint32Array(this.image.data.buffer);
    px.fill(0);
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelBounds().min!; // the container's top-left in projected pixels at this zoom
    const ox = origin.x - padX, oy = origin.y - padY;
    const r = this.radius;
    const stamp = discOffsets(r);
    for (let i = 0; i < this.points.length; i += 1) {
      const x = Math.round(this.xs[i]! * scale - ox), y = Math.round(this.ys[i]! * scale - oy);
      if (x < -r || y < -r || x >= w + r || y >= h + r) continue;
      const fill = this.rgba[i]!;
      for (let k = 0; k < stamp.length; k += 3) {
        const xx = x + stamp[k]!, yy = y + stamp[k + 1]!;
        if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
        px[yy * w + xx] = stamp[k + 2] ? RIM : fill;
      }
    }
    ctx.putImageData(this.image, 0, 0);
  };

  /** The point under a container pixel (the map's click handler asks; the layer itself takes no events). */
  pickAt(containerPoint: L.Point): { item: T; latlng: L.LatLng } | null {
    const map = this._map as L.Map | undefined;
    if (!map || this.points.length === 0) return null;
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelBounds().min!;
    const cx = containerPoint.x + origin.x, cy = containerPoint.y + origin.y;
    const reach = (this.radius + 3) ** 2;
    let best = -1, bestD = Infinity;
    for (let i = this.points.length - 1; i >= 0; i -= 1) {
      const dx = this.xs[i]! * scale - cx, dy = this.ys[i]! * scale - cy;
      const d = dx * dx + dy * dy;
      if (d <= reach && d < bestD) {
        bestD = d;
        best = i;
        if (d <= 1) break;
      }
    }
    if (best < 0) return null;
    const p = this.points[best]!;
    return { item: p.item, latlng: L.latLng(p.lat, p.lng) };
  }
}
