// Harness for browser journeys (e2e/**/*.e2e.ts): the real platform as a child process, Debian's Chromium
// through playwright-core, screenshots into test-results/. No mocks: journeys drive what users get.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resultsDir = path.join(repoRoot, 'test-results');

/** Chromium as STACK.md prescribes; overridable with HAZGOV_CHROMIUM for odd machines. */
export const chromiumPath = process.env.HAZGOV_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A TCP port nobody listens on right now (on 127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'unnamed';
}

// ---------------------------------------------------------------------------------------------------
// The platform
// ---------------------------------------------------------------------------------------------------

export interface StartServerOptions {
  /** Seed the deterministic demo data (`--demo`). Default true. */
  demo?: boolean;
  /** Use this data directory instead of a fresh temp one (it is then kept on stop). */
  dataDir?: string;
  /** More arguments after `serve --port P --data-dir D [--demo]`. */
  args?: string[];
  /** Extra environment. DATABASE_URL is NOT inherited from the test run: journeys use SQLite in the data dir unless set here. */
  env?: Record<string, string | undefined>;
  /** How long to wait for GET /api/health to answer 200. Default 120 s (tsx + migrations + demo seed on 2 cores). */
  readyTimeoutMs?: number;
  /** Replace the whole command (for harness checks); `{port}` and `{dataDir}` are substituted. */
  command?: string[];
}

export interface ServerHandle {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server wrote so far (stdout and stderr interleaved). */
  logs(): string;
  /** Path of the log file under test-results/e2e-logs/. */
  logFile: string;
  /** SIGTERM the server's process group, SIGKILL after 10 s; removes a temp data dir. Idempotent. */
  stop(): Promise<void>;
}

const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/**
 * Starts the real platform: `tsx packages/cli/src/main.ts serve --port <free> --data-dir <tmp> --demo`
 * (the `npx tsx …` command, run through the local tsx binary), and waits until GET /api/health is 200.
 */
export async function startServer(options: StartServerOptions = {}): Promise<ServerHandle> {
  const port = await freePort();
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-e2e-'));
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const command = options.command
    ? options.command.map((part) => part.replaceAll('{port}', String(port)).replaceAll('{dataDir}', dataDir))
    : [tsx, 'packages/cli/src/main.ts', 'serve', '--port', String(port), '--data-dir', dataDir, ...(options.demo === false ? [] : ['--demo']), ...(options.args ?? [])];

  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.HAZGOV_PG_ADMIN_URL;
  Object.assign(env, options.env ?? {});

  const logDir = path.join(resultsDir, 'e2e-logs');
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `server-${port}.log`);
  const logStream = fs.createWriteStream(logFile);
  let output = '';

  const [file, ...args] = command as [string, ...string[]];
  const child: ChildProcess = spawn(file, args, {
    cwd: repoRoot,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends tsx's node child
  });
  if (child.pid) liveGroups.add(child.pid);
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
    logStream.write(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      if (child.pid) liveGroups.delete(child.pid);
      resolve();
    });
    child.on('error', (error) => {
      output += `\n[spawn error] ${error.message}\n`;
      exited = { code: -1, signal: null };
      resolve();
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 10_000);
      await exitPromise;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => logStream.end(resolve));
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  const tail = () => output.split('\n').slice(-40).join('\n');
  for (;;) {
    if (exited) {
      const { code, signal } = exited;
      await stop();
      throw new Error(`server exited before it was healthy (code ${code}, signal ${signal}): ${command.join(' ')}\n--- last output ---\n${tail()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not healthy at ${url}/api/health within ${options.readyTimeoutMs ?? 120_000} ms\n--- last output ---\n${tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return { url, port, dataDir, logFile, logs: () => output, stop };
}

// ---------------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------------

export interface LaunchBrowserOptions {
  /** Base URL for page.goto('/path'); usually server.url. */
  baseURL?: string;
  /** Default zh-CN: the platform's primary language. */
  locale?: string;
  /** Default Asia/Shanghai. */
  timezoneId?: string;
  /** Default 1440×900. */
  viewport?: { width: number; height: number };
  /** Passed through to every context this handle creates. */
  contextOptions?: BrowserContextOptions;
}

export interface BrowserHandle {
  browser: Browser;
  /** The first context (fresh profile: no cookies, no storage). */
  context: BrowserContext;
  /** A page in the first context. */
  page: Page;
  /** Another isolated context (another user) with the same defaults. */
  newContext(overrides?: BrowserContextOptions): Promise<BrowserContext>;
  /** Uncaught page errors and console errors seen in any page of this handle, "url: message". */
  errors: string[];
  /** Closes every context and the browser (Playwright removes its temp profile). Idempotent. */
  stop(): Promise<void>;
}

/**
 * Debian's Chromium (/usr/bin/chromium) headless, with the flags STACK.md requires and a fresh temp
 * profile (playwright-core's launch() creates and deletes its own --user-data-dir).
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<BrowserHandle> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
  });
  const errors: string[] = [];
  const defaults: BrowserContextOptions = {
    locale: options.locale ?? 'zh-CN',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 1440, height: 900 },
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    ...options.contextOptions,
  };
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
    });
  };
  const newContext = async (overrides: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ ...defaults, ...overrides });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    context.on('page', watch);
    return context;
  };
  const context = await newContext();
  const page = await context.newPage();

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.allSettled(browser.contexts().map((c) => c.close()));
    await browser.close().catch(() => undefined);
  };
  return { browser, context, page, newContext, errors, stop };
}

// ---------------------------------------------------------------------------------------------------
// Both, and evidence
// ---------------------------------------------------------------------------------------------------

export interface Platform {
  server: ServerHandle;
  browser: BrowserHandle;
  page: Page;
  stop(): Promise<void>;
}

/** startServer() then launchBrowser({ baseURL: server.url }); stop() ends both (browser first). */
export async function startPlatform(
  serverOptions: StartServerOptions = {},
  browserOptions: LaunchBrowserOptions = {},
): Promise<Platform> {
  const server = await startServer(serverOptions);
  let browser: BrowserHandle;
  try {
    browser = await launchBrowser({ baseURL: server.url, ...browserOptions });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    browser,
    page: browser.page,
    stop: async () => {
      await browser.stop();
      await server.stop();
    },
  };
}

/** Saves a PNG to test-results/screenshots/<name>.png (full page by default) and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const dir = path.join(resultsDir, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${safeName(name)}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
