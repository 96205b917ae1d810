import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { sql } from 'drizzle-orm';
import depthLimit from 'graphql-depth-limit';
import type { Database } from '@flagship/drizzle';
import type { Config } from '../config';
import { complexityPlugin } from '../core/complexity';
import type { Context } from '../core/context';
import { formatError } from '../core/format-error';
import { handleDownload, handleUpload } from '../modules/attachments/attachments.http';
import { flagshipSchema } from '../schema';
import { serveExplorer } from './explorer';
import { handleGraphql } from './graphql-handler';
import { handleExport } from '../modules/exports/exports.http';
import { portalHandler } from './static';
import { sendError, sendJson } from './respond';

export const MAX_DEPTH = 12;

export interface FlagshipServer {
  server: Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting requests and drains those in flight. */
  stop(): Promise<void>;
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
}

/** Builds the HTTP server: /graphql, /uploads, /files/:id, /healthz and (outside production) /explorer. */
export async function createFlagshipServer(db: Database, config: Config): Promise<FlagshipServer> {
  const server = createServer();
  const apollo = new ApolloServer<Context>({
    schema: await flagshipSchema(),
    formatError,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_DEPTH)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      complexityPlugin(),
    ],
  });
  await apollo.start();

  const portal = portalHandler(config.webDir);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql') {
      await handleGraphql(req, res, apollo, db, config);
    } else if (path === '/healthz') {
      await db.execute(sql`select 1`);
      sendJson(res, 200, { status: 'ok' });
    } else if (path === '/uploads' && req.method === 'POST') {
      await handleUpload(req, res, db, config);
    } else if (path.startsWith('/files/') && req.method === 'GET') {
      await handleDownload(req, res, db, config, path.slice('/files/'.length));
    } else if (path.startsWith('/exports/') && req.method === 'GET') {
      await handleExport(req, res, db, config, path.slice('/exports/'.length));
    } else if (path.startsWith('/explorer') && !config.production) {
      serveExplorer(path, res);
    } else if (portal && (req.method === 'GET' || req.method === 'HEAD')) {
      portal(req, res, () => sendError(res, 404, 'NOT_FOUND', '页面不存在'));
    } else {
      sendError(res, 404, 'NOT_FOUND', '页面不存在');
    }
  }

  server.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[http] request failed', error);
      if (!res.headersSent) {
        sendError(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，请稍后再试');
      } else {
        res.end();
      }
    });
  });

  return {
    server,
    apollo,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
    },
  };
}
