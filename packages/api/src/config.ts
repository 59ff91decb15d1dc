// Configuration from the environment, validated once at start. A wrong value stops the process with a message
// that names the variable, instead of a stack trace minutes later. The session secret is generated on first
// start and kept in the data directory (never in the repository), so restarts keep signed cookies valid.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no']).transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the embedded SQLite)').optional(),
  HAZGOV_DATA_DIR: z.string().min(1).default('./data/db'),
  HAZGOV_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  TRUST_PROXY: bool.default(false),
  HAZGOV_WEB_DIST: z.string().optional(),
  // The address people reach the app at (e.g. https://hazgov.example.gov.cn): printed QR codes open records there, so
  // it must be absolute http(s). Unset: the address of the request that asked for the document.
  HAZGOV_PUBLIC_URL: z.string().regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an absolute http(s) URL without query or fragment, e.g. https://hazgov.example.gov.cn')
    .transform((v) => v.replace(/\/+$/, '')).optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  loginRateLimitPerMinute: number;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies are marked Secure. */
  trustProxy: boolean;
  /** The built single-page app; undefined means packages/web/dist. */
  webDist: string | undefined;
  /** The base of links printed on paper (QR codes of the risk notice board and post cards); undefined = the request's origin. */
  publicUrl?: string | undefined;
};

export type ConfigOverrides = Partial<Pick<Config, 'port' | 'host' | 'dataDir'>>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`HazGov configuration is invalid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(overrides.dataDir ?? e.HAZGOV_DATA_DIR);
  return {
    port: overrides.port ?? e.PORT,
    host: overrides.host ?? e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sessionSecret: e.HAZGOV_SESSION_SECRET ?? persistedSecret(dataDir),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    webDist: e.HAZGOV_WEB_DIST,
    publicUrl: e.HAZGOV_PUBLIC_URL,
  };
}

function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
