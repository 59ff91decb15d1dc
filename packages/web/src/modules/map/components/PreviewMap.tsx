// A small map of an import's polygons (or points, lines) before they are saved: features with problems in red.
import type { FeatureCollection } from 'geojson';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { mapApi } from '../api/map.api';

export function PreviewMap({ preview, badRows }: { preview: FeatureCollection; badRows: Set<number> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = L.map(ref.current, { preferCanvas: true, attributionControl: false, zoomSnap: 0.5 });
    // Row n of the problems table is the n-th feature of the file (the preview keeps the file's order).
    const rows: FeatureCollection = { ...preview, features: preview.features.map((f, i) => ({ ...f, properties: { ...f.properties, __row: i + 1 } })) };
    const layer = L.geoJSON(rows, {
      style: (f) => {
        const bad = badRows.has(Number((f?.properties as { __row?: number } | null)?.__row));
        return { color: bad ? '#cf1322' : '#1456b8', weight: 2, fillOpacity: bad ? 0.3 : 0.15, fillColor: bad ? '#cf1322' : '#1456b8' };
      },
      pointToLayer: (_f, latlng) => L.circleMarker(latlng, { radius: 5 }),
      onEachFeature: (f, l) => {
        const p = (f.properties ?? {}) as { name?: string };
        if (p.name) l.bindTooltip(String(p.name));
      },
    }).addTo(map);
    // The district outline for orientation (a file in the wrong place shows at once); none loaded is fine.
    const outline = new AbortController();
    mapApi.boundary(outline.signal).then((d) => {
      L.geoJSON(d, { interactive: false, style: { color: '#003a8c', weight: 1.5, fill: false, dashArray: '6 4' } }).addTo(map);
    }, () => undefined);
    const b = layer.getBounds();
    if (b.isValid()) map.fitBounds(b, { padding: [16, 16] });
    else map.setView([23.65, 113.58], 9);
    return () => { outline.abort(); map.remove(); };
  }, [preview, badRows]);
  return <div ref={ref} className="map-preview" data-testid="import-preview-map" />;
}
