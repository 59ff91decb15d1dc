// `hazgov serve [--port] [--host] [--data-dir] [--demo]`: migrates, optionally seeds the demo into an empty
// database, starts the HTTP server and the in-process scheduler, and shuts all three down cleanly on a signal.
import { parseArgs } from 'node:util';
import { countUsers } from '@hazgov/db/users/users.repository';
import type { AppContext } from '@hazgov/app/shared/context';
import { buildServer } from '@hazgov/api/server';
import { purgeIdleSessions } from '@hazgov/app/auth/purge-idle-sessions';
import { printLogins, runSeedDemo } from '../demo.js';
import { openContext, overridesFrom } from '../open-context.js';
import { importOptional } from '../optional-module.js';

type SchedulerModule = { startScheduler: (ctx: AppContext, opts?: { onError?: (err: unknown) => void }) => unknown };
type Stoppable = { stop?: () => unknown } | (() => unknown) | undefined | null;

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, demo: { type: 'boolean' } },
    strict: true,
  });
  const { ctx, config, close } = await openContext(overridesFrom(values));
  if (values.demo) {
    if ((await countUsers(ctx.database.db)) === 0) printLogins(await runSeedDemo(ctx));
    else process.stdout.write('demo: the database already has users; nothing seeded\n');
  }
  const app = await buildServer({ ctx, config, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  await app.listen({ port: config.port, host: config.host });
  const scheduler = await importOptional<SchedulerModule>('@hazgov/app/plans/scheduler');
  const stopScheduler = scheduler ? ((await scheduler.startScheduler(ctx, { onError: (err) => app.log.error({ err }, 'scheduled job failed') })) as Stoppable) : null;
  const purge = (): void => {
    purgeIdleSessions(ctx, { idleMinutes: config.sessionIdleMinutes }).catch((err: unknown) => app.log.error({ err }, 'session purge failed'));
  };
  purge();
  const purgeTimer = setInterval(purge, 60 * 60_000);
  purgeTimer.unref();
  if (!scheduler) app.log.warn('scheduler not installed (@hazgov/app/plans/scheduler): background jobs are off');
  process.stdout.write(`HazGov listening on http://${config.host}:${config.port} (${ctx.database.kind}: ${ctx.database.location})\n`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, 'shutting down');
      void (async () => {
        try {
          clearInterval(purgeTimer);
          if (typeof stopScheduler === 'function') await stopScheduler();
          else if (stopScheduler && typeof stopScheduler.stop === 'function') await stopScheduler.stop();
          await app.close();
          await close();
        } finally {
          resolve();
        }
      })();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}
