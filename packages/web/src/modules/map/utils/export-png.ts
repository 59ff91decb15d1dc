// The current view as a PNG: the map frame (canvas layers, clusters, boundary, legend) rendered by html-to-image.
// Controls and the tool panels are left out; online tiles are included only when their server allows CORS.
import { toPng } from 'html-to-image';

const skipped = ['map-no-export', 'leaflet-control-zoom'];

export async function exportViewPng(frame: HTMLElement, fileName: string): Promise<string> {
  const dataUrl = await toPng(frame, {
    pixelRatio: 1,
    backgroundColor: '#eef3f8',
    filter: (node) => !(node instanceof HTMLElement && skipped.some((c) => node.classList.contains(c))),
  });
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return dataUrl;
}

/** hazgov-map-2026-11-29-1405.png, in local time: what a person saving several views can tell apart. */
export function exportFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `hazgov-map-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.png`;
}
