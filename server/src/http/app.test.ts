import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { loadConfig } from '../config';
import { makeWorld, openTestDatabase, TEST_PASSWORD } from '../testing';
import { createFlagshipServer, type FlagshipServer } from './app';

let h: DatabaseHandle;
let world: Awaited<ReturnType<typeof makeWorld>>;
const servers: FlagshipServer[] = [];

async function serve(env: Record<string, string> = {}): Promise<string> {
  const flagship = await createFlagshipServer(h.db, loadConfig({ PORT: '0', ...env }, []));
  servers.push(flagship);
  await new Promise<void>((resolve) => flagship.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(flagship.server.address() as AddressInfo).port}`;
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

let dev: string;
let prod: string;
let withPortal: string;
let portal: string;
beforeAll(async () => {
  h = await openTestDatabase();
  world = await makeWorld(h.db);
  portal = mkdtempSync(join(tmpdir(), 'flagship-portal-'));
  mkdirSync(join(portal, 'assets'));
  writeFileSync(join(portal, 'index.html'), '<!doctype html><title>门户</title>');
  writeFileSync(join(portal, 'assets', 'app-1a2b.js'), 'console.log(1)');
  dev = await serve({ FLAGSHIP_WEB_DIR: '/nonexistent-portal' });
  prod = await serve({ NODE_ENV: 'production', FLAGSHIP_WEB_DIR: '/nonexistent-portal' });
  withPortal = await serve({ FLAGSHIP_WEB_DIR: portal });
});
afterAll(async () => {
  for (const s of servers) {
    await s.stop();
  }
  await h.close();
});

describe('HTTP endpoints', () => {
  it('answers /healthz once the database is reachable, and 404 JSON elsewhere', async () => {
    expect((await fetch(`${dev}/healthz`)).status).toBe(200);
    const missing = await fetch(`${dev}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: '页面不存在' } });
  });

  it('serves the built portal: history-mode routes get index.html, hashed assets are cached for a year', async () => {
    const page = await fetch(`${withPortal}/brands/some-id?tab=plan`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('门户');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    const asset = await fetch(`${withPortal}/assets/app-1a2b.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(
      (
        await fetch(`${withPortal}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ me { id } }"}',
        })
      ).status,
    ).toBe(200);
    expect((await fetch(`${withPortal}/nothing`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses bodies that are not JSON or too large', async () => {
    expect((await post(dev, '{not json')).status).toBe(400);
    const big = JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(1_100_000) } });
    expect((await post(dev, big)).status).toBe(413);
  });

  it('refuses queries nested too deeply', async () => {
    const deep = `{ unit(id: "x") { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const body: any = await (await post(dev, JSON.stringify({ query: deep }))).json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses queries that would cost too much, before running them', async () => {
    const query = `{ brands(first: 100) { nodes { unit { brands(first: 100) { nodes { timeline(first: 100) { nodes { id summary } } } } } } } }`;
    const body: any = await (await post(dev, JSON.stringify({ query }))).json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('查询过于复杂');
  });

  it('serves the offline explorer outside production only', async () => {
    const page = await fetch(`${dev}/explorer`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/explorer/graphiql.js');
    expect((await fetch(`${dev}/explorer/graphiql.js`)).status).toBe(200);
    expect((await fetch(`${dev}/explorer/react.js`)).status).toBe(200);
    expect((await fetch(`${prod}/explorer`)).status).toBe(404);
  });

  it('turns introspection off in production', async () => {
    const query = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    expect(((await (await post(dev, query)).json()) as any).data.__schema.queryType.name).toBe('Query');
    expect(((await (await post(prod, query)).json()) as any).errors[0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('marks the session cookie Secure in production', async () => {
    const login = JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: world.leader.row.username, p: TEST_PASSWORD },
    });
    const devCookie = (await post(dev, login)).headers.getSetCookie()[0];
    const prodCookie = (await post(prod, login)).headers.getSetCookie()[0];
    expect(devCookie).toMatch(/HttpOnly/);
    expect(devCookie).not.toMatch(/Secure/);
    expect(prodCookie).toMatch(/Secure/);
    expect(prodCookie).toMatch(/SameSite=Lax/);
  });
});
