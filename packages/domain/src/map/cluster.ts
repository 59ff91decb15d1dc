// Server-side clustering: a layer with more than CLUSTER_THRESHOLD points in view is answered as grid cells of about
// 60 screen pixels. A Web-Mercator tile is 256 px wide and spans 360° / 2^zoom of longitude, so one pixel is
// 360 / (256·2^zoom) degrees and a 60-px cell 60·360 / (256·2^zoom). The same cell is used for latitude: at 23.6° N
// a degree of latitude is drawn ~1.09× taller than one of longitude, close enough for grouping markers.
export const CLUSTER_THRESHOLD = 2000;
export const CLUSTER_CELL_PX = 60;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;

export function clusterCellDegrees(zoom: number, cellPx = CLUSTER_CELL_PX): number {
  const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom)));
  return (cellPx * 360) / (256 * 2 ** z);
}

/** Zoom at which a bbox roughly fills a 1,024-px-wide screen: the default when the caller gives none. */
export function zoomForBbox(widthDegrees: number, screenPx = 1024): number {
  if (!(widthDegrees > 0)) return MAX_ZOOM;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.floor(Math.log2((screenPx * 360) / (256 * widthDegrees)))));
}
