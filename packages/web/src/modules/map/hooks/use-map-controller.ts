// Creates the Leaflet map once for the page's container and removes it when the page goes; exposes it to tests
// and the benchmark as window.__hazgovMap.
import { useEffect, useState, type RefObject } from 'react';
import { MapController, type MeasureState } from '../leaflet/map-controller';
import type { MapView } from '../utils/url-state';

declare global {
  interface Window { __hazgovMap?: import('leaflet').Map }
}

export function useMapController(container: RefObject<HTMLDivElement | null>, initialView: MapView | null, onMeasure: (m: MeasureState) => void): MapController | null {
  const [ctrl, setCtrl] = useState<MapController | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const c = new MapController(container.current, initialView, onMeasure);
    window.__hazgovMap = c.map;
    setCtrl(c);
    return () => {
      if (window.__hazgovMap === c.map) delete window.__hazgovMap;
      c.remove();
      setCtrl(null);
    };
    // The map is made once; later view changes come from the map itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ctrl;
}
