import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runtime settings, read once from the environment. README.md documents each variable. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl?: string;
  dataDir: string;
  /** Seed the demo county: always on an empty embedded database, on DATABASE_URL only when asked. */
  seedDemo: boolean;
  /** Time zone in which "today" and "overdue" are judged. */
  timeZone: string;
  sessionTtlHours: number;
  /** Trust X-Forwarded-For from a reverse proxy for the client address. */
  trustProxy: boolean;
  /** Largest upload accepted by POST /uploads, in MB (1 MB = 1 048 576 bytes). */
  uploadLimitMb: number;
  /** The built portal served at `/` (web/dist). */
  webDir: string;
  /** Server secret for keyed hashes (the public board's client keys); same on every process of a deployment. */
  secret: string;
}

/** Used when FLAGSHIP_SECRET is not set: fine for development, never for a public deployment. */
export const DEVELOPMENT_SECRET = 'flagship-development-secret-change-me';

/** The server secret from FLAGSHIP_SECRET, or the development fallback. */
export function flagshipSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.FLAGSHIP_SECRET || DEVELOPMENT_SECRET;
}

/** The repository root: the default home of `.data/`, wherever the server is started from. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reads the configuration from `env` and the command-line flags. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const askedForDemo = argv.includes('--demo') || env.SEED === 'demo';
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    databaseUrl,
    // pnpm runs package scripts inside the package; INIT_CWD is where the user typed the command.
    dataDir: env.FLAGSHIP_DATA_DIR
      ? resolve(env.INIT_CWD ?? process.cwd(), env.FLAGSHIP_DATA_DIR)
      : join(ROOT, '.data', 'pglite'),
    seedDemo: databaseUrl ? askedForDemo : env.SEED !== 'none',
    timeZone: env.FLAGSHIP_TIME_ZONE ?? 'Asia/Shanghai',
    sessionTtlHours: Number(env.FLAGSHIP_SESSION_TTL_HOURS ?? 12),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    webDir: env.FLAGSHIP_WEB_DIR
      ? resolve(env.INIT_CWD ?? process.cwd(), env.FLAGSHIP_WEB_DIR)
      : join(ROOT, 'web', 'dist'),
    uploadLimitMb: positive(env.FLAGSHIP_UPLOAD_LIMIT_MB, 'FLAGSHIP_UPLOAD_LIMIT_MB', 20),
    secret: flagshipSecret(env),
  };
}

/** A positive number from the environment, or `fallback` when unset; anything else stops the start. */
function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') {
    return fallback;
  }
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) {
    throw new Error(`${name} must be a positive number, got "${value}"`);
  }
  return n;
}
