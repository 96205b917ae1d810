import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Database } from '@flagship/drizzle';
import type { Config } from '../config';
import type { Context, CookieJar } from '../core/context';
import { todayIn } from '../core/dates';
import { createLoaders } from '../core/loaders';
import { hashToken, SESSION_COOKIE, viewerFromToken } from '../modules/auth/auth.service';
import { BodyTooLargeError, clientIpOf, readBody } from './request';
import { sendJson } from './respond';

/** GraphQL request bodies are small; uploads go through /uploads. */
const MAX_BODY = 1024 * 1024;

/** Builds the per-request context: the viewer from the session cookie, fresh loaders, today's date. */
export async function contextFor(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  config: Config,
): Promise<Context> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  const token = cookies[SESSION_COOKIE];
  const now = new Date();
  const setCookies: string[] = [];
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: config.production, path: '/' };
  const jar: CookieJar = {
    set(name, value, maxAge) {
      setCookies.push(serializeCookie(name, value, { ...base, maxAge }));
      res.setHeader('set-cookie', setCookies);
    },
    clear(name) {
      setCookies.push(serializeCookie(name, '', { ...base, maxAge: 0 }));
      res.setHeader('set-cookie', setCookies);
    },
  };
  const ctx: Context = {
    db,
    viewer: await viewerFromToken(db, token, now),
    sessionTokenHash: token ? hashToken(token) : null,
    clientIp: clientIpOf(req, config.trustProxy),
    cookies: jar,
    loaders: undefined as never,
    today: todayIn(config.timeZone, now),
    now,
    settings: { sessionTtlHours: config.sessionTtlHours, timeZone: config.timeZone },
  };
  ctx.loaders = createLoaders(db, ctx);
  return ctx;
}

/** Hands one HTTP request to Apollo Server (its documented integration API) and writes the answer. */
export async function handleGraphql(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<Context>,
  db: Database,
  config: Config,
): Promise<void> {
  let body: unknown = undefined;
  if (req.method === 'POST') {
    try {
      const text = await readBody(req, MAX_BODY);
      body = text ? JSON.parse(text) : undefined;
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      sendJson(res, tooLarge ? 413 : 400, {
        errors: [
          {
            message: tooLarge ? '请求体过大' : '请求体不是有效的 JSON',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) {
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: () => contextFor(req, res, db, config),
  });
  for (const [key, value] of result.headers) {
    res.setHeader(key, value);
  }
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) {
    res.write(chunk);
  }
  res.end();
}
