// Keeps the drawn features in step with the view: after each move (debounced, so a drag or a wheel spin asks
// once) and after each change of layers or filters, the previous request is aborted and the new answer drawn.
// The status ('loading' until the latest answer is drawn) is what tests and the benchmark wait for.
import { useEffect, useRef, useState } from 'react';
import { mapApi } from '../api/map.api';
import type { MapFeatureCollection } from '../api/map.types';
import type { MapController } from '../leaflet/map-controller';
import { bboxParam, featuresQuery, type MapUrlState } from '../utils/url-state';

export const FETCH_DEBOUNCE_MS = 200;

export type FeaturesStatus = {
  state: 'loading' | 'ready' | 'error';
  drawn: number;
  /** Answers drawn so far: a test waits for it to grow after an action. */
  seq: number;
  meta: MapFeatureCollection['meta'] | undefined;
  error: Error | undefined;
};

export function useMapFeatures(ctrl: MapController | null, state: MapUrlState, language: string): FeaturesStatus & { last: MapFeatureCollection | null } {
  const [status, setStatus] = useState<FeaturesStatus>({ state: 'loading', drawn: 0, seq: 0, meta: undefined, error: undefined });
  const last = useRef<MapFeatureCollection | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = JSON.stringify([state.layers, state.filters, state.cluster]);

  useEffect(() => {
    if (!ctrl) return;
    const map = ctrl.map;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    const run = () => {
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      const q = featuresQuery(stateRef.current, bboxParam(map.getBounds()), map.getZoom());
      mapApi.features(q, mine.signal).then(
        (fc) => {
          if (mine.signal.aborted) return;
          last.current = fc;
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
      setStatus((s) => (s.state === 'loading' ? s : { ...s, state: 'loading' }));
      controller?.abort(); // an answer for the old view must not be drawn after the map moved
      clearTimeout(timer);
      timer = setTimeout(run, FETCH_DEBOUNCE_MS);
    };
    map.on('movestart', schedule);
    map.on('moveend', schedule);
    schedule();
    return () => {
      map.off('movestart', schedule);
      map.off('moveend', schedule);
      clearTimeout(timer);
      controller?.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctrl, key, language]);

  return { ...status, last: last.current };
}
