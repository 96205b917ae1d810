import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/**
 * Serves the built portal (web/dist): hashed assets cached for a year, index.html never cached, and every
 * unknown path answered with index.html so history-mode routes work on reload. Null when there is no build.
 */
export function portalHandler(
  dir: string,
): ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | null {
  if (!existsSync(dir)) {
    return null;
  }
  return sirv(dir, {
    single: true,
    etag: true,
    gzip: false,
    setHeaders(res, pathname) {
      res.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
