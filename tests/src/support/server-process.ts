import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface StartedServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts Flagship the way the README does (`pnpm start`) on a fresh database: a new embedded database in a
 * temporary directory, or — when DATABASE_URL is set — a new database on that server seeded with `SEED=demo`.
 * Resolves with the address the server printed.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<StartedServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'flagship-e2e-'));
  // Each server builds the portal into a directory of its own: test files start servers in parallel, and one
  // build emptying web/dist must not pull the assets from under another server.
  const webDir = mkdtempSync(join(tmpdir(), 'flagship-web-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: '0',
    HOST: '127.0.0.1',
    FLAGSHIP_WEB_DIR: webDir,
  };
  let dropDatabase = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    const name = `flagship_e2e_${randomBytes(5).toString('hex')}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    env.SEED = 'demo';
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    };
  } else {
    env.FLAGSHIP_DATA_DIR = dataDir;
    delete env.DATABASE_URL;
  }
  Object.assign(env, extraEnv);
  const child: ChildProcess = spawn('npx', ['-y', 'pnpm@12.4.2', 'start'], { cwd: ROOT, env, detached: true });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${log}`)), 150_000);
    const check = () => {
      const m = /GraphQL：\s+(http:\/\/[^\s]+)\/graphql/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
