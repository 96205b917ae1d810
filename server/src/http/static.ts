import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/**
 * What the portal's pages may load: scripts only from this server (the build has no inline script and no eval);
 * inline styles, which Element Plus sets on elements; images from the server and upload previews (blob:); requests
 * only to this server; never framed.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built portal (web/dist): hashed assets cached for a year, index.html never cached, and every
 * unknown path answered with index.html so history-mode routes work on reload, under `PORTAL_CSP`. Null when
 * there is no build.
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
      res.setHeader('content-security-policy', PORTAL_CSP);
      res.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
