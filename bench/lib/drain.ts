// Waits until the process's event loop is (nearly) idle: after a load run the server may still be computing
// responses for connections autocannon has already closed, and the next measurement must not pay for them.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export async function waitForIdle(opts: { maxSeconds: number; threshold?: number; alsoIdle?: () => Promise<boolean> } = { maxSeconds: 300 }): Promise<number> {
  const started = performance.now();
  const threshold = opts.threshold ?? 0.05;
  let last = performance.eventLoopUtilization();
  for (;;) {
    await sleep(500);
    const now = performance.eventLoopUtilization();
    const window = performance.eventLoopUtilization(now, last);
    last = now;
    const waited = (performance.now() - started) / 1000;
    if (waited > opts.maxSeconds) return Math.round(waited * 10) / 10;
    if (window.utilization < threshold && (!opts.alsoIdle || (await opts.alsoIdle()))) return Math.round(waited * 10) / 10;
  }
}
