import type { AddressInfo } from 'node:net';
import type { Database } from '@flagship/drizzle';
import { loadConfig } from '../config';
import { createFlagshipServer, type FlagshipServer } from '../http/app';
import { TEST_PASSWORD } from './factories';

/** A live server on a free port over `db`, as `main.ts` would start it with `env`. */
export async function serve(
  db: Database,
  env: Record<string, string> = {},
): Promise<{ url: string; flagship: FlagshipServer }> {
  const flagship = await createFlagshipServer(db, loadConfig({ PORT: '0', ...env }, []));
  await new Promise<void>((resolve) => flagship.server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(flagship.server.address() as AddressInfo).port}`, flagship };
}

/** Logs in over GraphQL and returns the session cookie to send back. */
export async function loginCookie(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: TEST_PASSWORD },
    }),
  });
  const cookie = response.headers.getSetCookie()[0];
  if (!cookie) {
    throw new Error(`login of ${username} failed: ${await response.text()}`);
  }
  return cookie.split(';')[0];
}
