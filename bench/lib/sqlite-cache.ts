// A generated SQLite benchmark database, cached per key under bench/.cache: generated into `<key>.partial` and
// renamed only when complete (an interrupted run never leaves a half-built cache), then copied into the run's own
// folder so a run never changes the cache.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '@hazgov/db/database';
import { migrateToLatest } from '@hazgov/db/migrate';

export async function cachedSqlite<G extends object>(opts: {
  cacheRoot: string; key: string; useCache: boolean; workDir: string; log: (line: string) => void;
  generate: (database: Database) => Promise<G>;
}): Promise<{ database: Database; generation: G & { generatedAt: string; cached: boolean } }> {
  const cacheDir = path.join(opts.cacheRoot, opts.key);
  const meta = path.join(cacheDir, 'generation.json');
  const cached = opts.useCache && fs.existsSync(meta) && fs.existsSync(path.join(cacheDir, 'hazgov.sqlite'));
  if (!cached) {
    const partial = `${cacheDir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    const database = openDatabase({ dataDir: partial });
    try {
      opts.log(`sqlite: generating ${opts.key}`);
      const result = await opts.generate(database);
      fs.writeFileSync(path.join(partial, 'generation.json'), `${JSON.stringify({ ...result, generatedAt: new Date().toISOString() }, null, 2)}\n`);
    } finally {
      await database.close();
    }
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.renameSync(partial, cacheDir);
  } else {
    opts.log(`sqlite: reusing ${cacheDir}`);
  }
  const copyStart = performance.now();
  fs.copyFileSync(path.join(cacheDir, 'hazgov.sqlite'), path.join(opts.workDir, 'hazgov.sqlite'));
  opts.log(`sqlite: copied the database to ${opts.workDir} in ${((performance.now() - copyStart) / 1000).toFixed(1)} s`);
  const database = openDatabase({ dataDir: opts.workDir });
  await migrateToLatest(database.db);
  const generation = JSON.parse(fs.readFileSync(meta, 'utf8')) as G & { generatedAt: string };
  return { database, generation: { ...generation, cached } };
}
