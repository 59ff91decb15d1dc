// Many points on one canvas, for views the server does not cluster (?cluster=off, the 100,000-point benchmark).
// Leaflet keeps an object, bounds and a hit-test path per L.circleMarker; at 100,000 that costs seconds. Here the
// points are projected once at zoom 0 (Web Mercator pixels scale by 2^zoom), drawn in one path per colour, and
// a click is answered by a scan for the nearest point, worst first when they overlap.
import L from 'leaflet';

export type CloudPoint<T> = { lat: number; lng: number; colour: string; rank: number; item: T };

const PAD = 0.5; // draw half a screen beyond each edge, so a pan shows points before moveend redraws

export class PointCloudLayer<T> extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private points: CloudPoint<T>[] = [];
  private byColour = new Map<string, number[]>();
  private readonly radius: number;

  constructor(opts: { radius: number }) {
    super();
    this.radius = opts.radius;
  }

  setPoints(points: CloudPoint<T>[]): this {
    // Worst last: drawn on top and found first by a click.
    this.points = [...points].sort((a, b) => a.rank - b.rank);
    this.byColour = new Map();
    this.points.forEach((p, i) => {
      const list = this.byColour.get(p.colour);
      if (list) list.push(i);
      else this.byColour.set(p.colour, [i]);
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
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    const topLeft = map.containerPointToLayerPoint([-padX, -padY]);
    L.DomUtil.setPosition(canvas, topLeft);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelBounds().min!; // the container's top-left in projected pixels at this zoom
    const ox = origin.x - padX, oy = origin.y - padY;
    const r = this.radius;
    const outline = this.points.length <= 20_000; // white rims cost a second pass; at 100k they only add noise
    for (const [colour, idx] of this.byColour) {
      ctx.beginPath();
      for (const i of idx) {
        const x = this.xs[i]! * scale - ox, y = this.ys[i]! * scale - oy;
        if (x < -r || y < -r || x > w + r || y > h + r) continue;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
      ctx.fillStyle = colour;
      ctx.globalAlpha = 0.9;
      ctx.fill();
      if (outline) {
        ctx.globalAlpha = 1;
        ctx.lineWidth = 1;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
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
