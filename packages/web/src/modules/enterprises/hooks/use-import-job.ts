// Follows an import job (GET /api/enterprises/import/:jobId) until it is done or failed: polled, quickly at first,
// then every second; a network blip is retried rather than shown as a failure.
import { useEffect, useState } from 'react';
import { enterprisesApi } from '../api/enterprises.api';
import type { ImportJob } from '../api/enterprises.types';

export function useImportJob(jobId: string | null): { job: ImportJob | null; error: Error | null } {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    setJob(null);
    setError(null);
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    let failures = 0;
    const poll = async () => {
      try {
        const j = await enterprisesApi.importJob(jobId);
        if (stopped) return;
        failures = 0;
        setJob(j);
        if (j.status !== 'running') return;
      } catch (e) {
        if (stopped) return;
        failures += 1;
        // 404: the job is not this user's or has gone; anything else may be a blip (three tries).
        if (failures >= 3 || (e as { status?: number }).status === 404) {
          setError(e instanceof Error ? e : new Error(String(e)));
          return;
        }
      }
      polls += 1;
      timer = setTimeout(() => { void poll(); }, polls < 10 ? 300 : 1000);
    };
    void poll();
    return () => { stopped = true; if (timer) clearTimeout(timer); };
  }, [jobId]);
  return { job, error };
}
