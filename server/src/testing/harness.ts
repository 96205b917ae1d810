import { ApolloServer } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import type { Database } from '@flagship/drizzle';
import { complexityPlugin } from '../core/complexity';
import type { Context, Viewer } from '../core/context';
import { todayIn } from '../core/dates';
import { formatError } from '../core/format-error';
import { createLoaders } from '../core/loaders';
import { MAX_DEPTH } from '../http/app';
import { flagshipSchema } from '../schema';
import { makeUnit, makeUser } from './factories';

/** A request context for service tests, as the HTTP layer would build it for `viewer`. */
export function testContext(
  db: Database,
  viewer: Viewer | null,
  opts: { today?: string; clientIp?: string } = {},
): Context {
  const now = new Date();
  const cookies: Record<string, string> = {};
  const ctx: Context = {
    db,
    viewer,
    sessionTokenHash: null,
    clientIp: opts.clientIp ?? '127.0.0.1',
    cookies: {
      set: (name, value) => void (cookies[name] = value),
      clear: (name) => void delete cookies[name],
    },
    loaders: undefined as never,
    today: opts.today ?? todayIn('Asia/Shanghai', now),
    now,
    settings: { sessionTtlHours: 12, timeZone: 'Asia/Shanghai' },
  };
  ctx.loaders = createLoaders(db, ctx);
  return ctx;
}

/** A small county for one test file: a town with two villages, and one user of each role. */
export async function makeWorld(db: Database) {
  const county = await makeUnit(db, { kind: 'COUNTY_COMMITTEE' });
  const town = await makeUnit(db, { parent: county, kind: 'TOWN_COMMITTEE' });
  const village = await makeUnit(db, { parent: town });
  const village2 = await makeUnit(db, { parent: town, kind: 'COMMUNITY' });
  return {
    county,
    town,
    village,
    village2,
    unit: await makeUser(db, 'UNIT', village),
    unit2: await makeUser(db, 'UNIT', village2),
    leader: await makeUser(db, 'LEADER', county),
    inspector: await makeUser(db, 'INSPECTOR', county),
    admin: await makeUser(db, 'ADMIN', county),
  };
}

let apollo: Promise<ApolloServer<Context>> | null = null;

/** Apollo Server configured as in production (error masking, limits), without HTTP. */
function testApollo(): Promise<ApolloServer<Context>> {
  apollo ??= (async () => {
    const server = new ApolloServer<Context>({
      schema: await flagshipSchema(),
      formatError,
      validationRules: [depthLimit(MAX_DEPTH)],
      plugins: [complexityPlugin()],
    });
    await server.start();
    return server;
  })();
  return apollo;
}

export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors: { message: string; extensions: { code: string; fields?: Record<string, string> } }[] | undefined;
}

/** Runs one GraphQL operation as `viewer` and returns its data and formatted errors. */
export async function gql<T = Record<string, any>>(
  db: Database,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { today?: string } = {},
): Promise<GqlResult<T>> {
  const server = await testApollo();
  const response = await server.executeOperation({ query, variables }, { contextValue: testContext(db, viewer, opts) });
  if (response.body.kind !== 'single') {
    throw new Error('unexpected incremental response');
  }
  const { data, errors } = response.body.singleResult;
  return { data: (data ?? null) as T | null, errors: errors as GqlResult['errors'] };
}

/** The error code of a result, for concise assertions. */
export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions.code;
}
