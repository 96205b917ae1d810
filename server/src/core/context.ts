import type { Database } from '@flagship/drizzle';
import type { Role } from '@flagship/drizzle';
import { createLoaders, type Loaders } from './loaders';

/** Who is asking: a logged-in user, or null for the public. */
export interface Viewer {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
}

/** Cookie operations the HTTP layer carries out on the response. */
export interface CookieJar {
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export interface Context {
  db: Database;
  viewer: Viewer | null;
  /** SHA-256 of the session token the request came with, if any. */
  sessionTokenHash: string | null;
  clientIp: string;
  cookies: CookieJar;
  /** Per-request DataLoaders; renewed after every mutation so nothing stale is served. */
  loaders: Loaders;
  /** Today's date (YYYY-MM-DD) in the county's time zone. */
  today: string;
  now: Date;
  settings: { sessionTtlHours: number; timeZone: string };
}

/** Drops every cached row of this request, e.g. after a write. */
export function refreshLoaders(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db, ctx);
}
