// Opens the configured database (migrated to the latest version) and builds the use cases' context.
import { loadConfig, type Config, type ConfigOverrides } from '@hazgov/api/config';
import { openDatabase } from '@hazgov/db/database';
import { migrateToLatest } from '@hazgov/db/migrate';
import type { AppContext } from '@hazgov/app/shared/context';

export type CliContext = { ctx: AppContext; config: Config; close: () => Promise<void> };

export async function openContext(overrides: ConfigOverrides = {}, opts: { migrate?: boolean } = {}): Promise<CliContext> {
  const config = loadConfig(process.env, overrides);
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (opts.migrate !== false) await migrateToLatest(database.db);
  return { ctx: { database, now: () => new Date() }, config, close: () => database.close() };
}

/** Parses --port/--host/--data-dir the same way for every command. */
export function overridesFrom(values: { port?: string | undefined; host?: string | undefined; 'data-dir'?: string | undefined }): ConfigOverrides {
  const o: ConfigOverrides = {};
  if (values.port !== undefined) o.port = Number(values.port);
  if (values.host !== undefined) o.host = values.host;
  if (values['data-dir'] !== undefined) o.dataDir = values['data-dir'];
  return o;
}
