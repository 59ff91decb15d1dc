#!/usr/bin/env node
// `npm start`: the one command a reviewer runs. Builds the web app if it has not been built, then serves the
// API and the web app with the demo data (seeded only into an empty database) on PORT (default 8080).
// Signals are forwarded so Ctrl-C shuts the server down cleanly (database closed, scheduler stopped).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!fs.existsSync(path.join(root, 'packages/web/dist/index.html'))) {
  console.log('[start] building the web app (packages/web/dist is missing)…');
  const build = spawnSync(npm, ['run', 'build', '-w', '@hazgov/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('[start] the web app failed to build; starting the API anyway (/ will say how to build it)');
  }
}

const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const args = [tsx, path.join(root, 'packages/cli/src/main.ts'), 'serve', '--demo', '--port', process.env.PORT ?? '8080'];
if (process.env.HOST) args.push('--host', process.env.HOST);
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 128 + 2 : 1);
});
