// Keeps the drawn features in step with the view: after each move (debounced, so a drag or a wheel spin asks
// once) and after each change of layers or filters, the previous request is aborted and the new answer drawn.
// The status ('loading' until the latest answer is drawn) is what tests and the benchmark wait for.
// An answer that clustered nothing holds every feature of its box: a move that stays inside that box needs no
// new request (with 100,000 points unclustered, a refetch per pan would cost seconds). Unclustered requests ask
// for a box a little larger than the view, so small pans stay inside it.
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { mapApi } from '../api/map.api';
import type { MapFeatureCollection } from '../api/map.types';
import type { MapController } from '../leaflet/map-controller';
import { bboxParam, featuresQuery, type MapUrlState } from '../utils/url-state';

export const FETCH_DEBOUNCE_MS = 200;
/** cluster=off asks for the view padded by this fraction on each side. */
export const UNCLUSTERED_PAD = 0.3;

export type FeaturesStatus = {
  state: 'loading' | 'ready' | 'error';
  drawn: number;
  /** Answers drawn so far: a test waits for it to grow after an action. */
  seq: number;
  meta: MapFeatureCollection['meta'] | undefined;
  error: Error | undefined;
};

/** `enabled` waits for the first view to settle (the district fitted), so 100,000 points are not fetched twice. */
export function useMapFeatures(ctrl: MapController | null, state: MapUrlState, language: string, enabled = true): FeaturesStatus & { last: MapFeatureCollection | null } {
  const [status, setStatus] = useState<FeaturesStatus>({ state: 'loading', drawn: 0, seq: 0, meta: undefined, error: undefined });
  const last = useRef<MapFeatureCollection | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = JSON.stringify([state.layers, state.filters, state.cluster]);

  useEffect(() => {
    if (!ctrl || !enabled) return;
    const map = ctrl.map;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    let covered: L.LatLngBounds | null = null; // the box of the last answer when it clustered nothing
    const run = () => {
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      const s = stateRef.current;
      const box = s.cluster === 'off' ? map.getBounds().pad(UNCLUSTERED_PAD) : map.getBounds();
      const q = featuresQuery(s, bboxParam(box), map.getZoom());
      mapApi.features(q, mine.signal).then(
        (fc) => {
          if (mine.signal.aborted) return;
          last.current = fc;
          const clustered = Object.values(fc.meta?.layers ?? {}).some((l) => l?.clustered) || fc.features.some((f) => f.properties.cluster);
          covered = clustered ? null : box;
          const drawn = ctrl.draw(fc);
          setStatus((s) => ({ state: 'ready', drawn, seq: s.seq + 1, meta: fc.meta, error: undefined }));
        },
        (e: unknown) => {
          if (mine.signal.aborted) return;
          setStatus((s) => ({ ...s, state: 'error', error: e instanceof Error ? e : new Error(String(e)) }));
        },
      );
    };
    const schedule = () => {
      controller?.abort(); // an answer for the old view must not be drawn after the map moved
      clearTimeout(timer);
      if (covered?.contains(map.getBounds())) {
        // Zoom changes the clustering only when something was clustered; nothing was, so what is drawn is complete.
        ctrl.redrawZoomDependent();
        setStatus((s) => ({ ...s, state: 'ready', seq: s.seq + 1 }));
        return;
      }
      setStatus((s) => (s.state === 'loading' ? s : { ...s, state: 'loading' }));
      timer = setTimeout(run, FETCH_DEBOUNCE_MS);
    };
    map.on('moveend', schedule);
    schedule();
    return () => {
      map.off('moveend', schedule);
      clearTimeout(timer);
      controller?.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctrl, key, language, enabled]);

  return { ...status, last: last.current };
}
