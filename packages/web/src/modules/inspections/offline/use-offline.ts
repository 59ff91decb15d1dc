// React side of the offline store: the connection state with the queue's length (the status bar), and one
// inspection as the phone sees it — from the server when it answers (and then kept), else from IndexedDB.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { inspectionsApi } from '../api/inspections.api';
import type { Inspection } from '../api/inspections.types';
import { isNetworkError, overlay, type LocalInspection } from './local-view';
import { cacheInspection, cachedInspection, issuesOf, offlineEvents, pendingCount, pendingOps, pendingPhotos, type InspectionIssues, type QueuedPhoto } from './store';
import { syncNow, syncWhenOnline, type SyncReport } from './sync';

function useStoreTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    offlineEvents.addEventListener('change', bump);
    return () => offlineEvents.removeEventListener('change', bump);
  }, []);
  return tick;
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => { window.removeEventListener('online', on); window.removeEventListener('offline', off); };
  }, []);
  return online;
}

export type SyncState = {
  online: boolean; pending: number; syncing: boolean; last: SyncReport | null; error: Error | null; sync: () => Promise<void>;
};

export function useSyncState(): SyncState {
  const online = useOnline();
  const tick = useStoreTick();
  const [pending, setPending] = useState(0);
  const [syncing, setSyncing] = useState(false);
  const [last, setLast] = useState<SyncReport | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => { syncWhenOnline(); }, []);
  useEffect(() => { void pendingCount().then(setPending); }, [tick]);
  const sync = useCallback(async () => {
    setSyncing(true);
    setError(null);
    try {
      setLast(await syncNow());
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSyncing(false);
    }
  }, []);
  // The `online` event starts a sync in the module (even with no page listening); this one shows its progress.
  useEffect(() => { if (online && pending > 0) void sync(); }, [online]); // eslint-disable-line react-hooks/exhaustive-deps
  return { online, pending, syncing, last, error, sync };
}

export type OfflineInspection = {
  view: LocalInspection | undefined; fromCache: boolean; loading: boolean; error: Error | undefined;
  photos: QueuedPhoto[]; issues: InspectionIssues; reload: () => void;
};

export function useOfflineInspection(id: string): OfflineInspection {
  const tick = useStoreTick();
  const [server, setServer] = useState<Inspection | undefined>();
  const [fromCache, setFromCache] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | undefined>();
  const [view, setView] = useState<LocalInspection | undefined>();
  const [photos, setPhotos] = useState<QueuedPhoto[]>([]);
  const [issues, setIssues] = useState<InspectionIssues>({ inspectionId: id, conflicts: [], errors: [] });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    const fromStore = async () => {
      const cached = await cachedInspection(id);
      if (controller.signal.aborted) return;
      if (cached) { setServer(cached); setFromCache(true); } else setError(new ApiError(0, 'OFFLINE_NOT_CACHED', 'not cached'));
    };
    const load = async () => {
      if (!navigator.onLine) return fromStore();
      try {
        const fresh = await inspectionsApi.get(id, controller.signal);
        await cacheInspection(fresh);
        if (controller.signal.aborted) return;
        setServer(fresh);
        setFromCache(false);
      } catch (e) {
        if (controller.signal.aborted) return;
        if (isNetworkError(e)) return fromStore();
        setError(e instanceof Error ? e : new Error(String(e)));
      }
    };
    void load().finally(() => { if (!controller.signal.aborted) setLoading(false); });
    return () => controller.abort();
  }, [id, reloads]);

  // The store changed (an answer queued, a sync applied): lay the queue over the newest kept copy.
  useEffect(() => {
    let stale = false;
    void (async () => {
      const base = (await cachedInspection(id)) ?? server;
      const [ops, queuedPhotos, found] = await Promise.all([pendingOps(id), pendingPhotos(id), issuesOf(id)]);
      if (stale) return;
      if (base) setView(overlay(base, ops.map((o) => o.op)));
      setPhotos(queuedPhotos);
      setIssues(found);
    })();
    return () => { stale = true; };
  }, [id, server, tick]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { view, fromCache, loading, error, photos, issues, reload };
}
