import { auditEntries, timelineEvents, type Database, type TimelineKind } from '@flagship/drizzle';
import { refreshLoaders, type Context } from './context';

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | null;
  data?: Record<string, unknown>;
}

export interface TimelineInput {
  brandId: string;
  kind: TimelineKind;
  summary: string;
  public: boolean;
  data?: Record<string, unknown>;
}

/** What a mutation's body may record besides its own writes. */
export interface MutationScope {
  tx: Database;
  audit(entry: AuditInput): Promise<void>;
  timeline(event: TimelineInput): Promise<void>;
}

/**
 * Runs a mutation in one transaction with its audit entry and timeline events; if anything throws, nothing
 * is written. Afterwards the request's loaders are renewed so the response shows the new state.
 */
export async function mutate<T>(ctx: Context, body: (scope: MutationScope) => Promise<T>): Promise<T> {
  const result = await ctx.db.transaction(async (tx) => {
    const scope: MutationScope = {
      tx: tx as unknown as Database,
      async audit(entry) {
        await tx.insert(auditEntries).values({ ...entry, actorId: ctx.viewer?.id ?? null, ip: ctx.clientIp });
      },
      async timeline(event) {
        await tx.insert(timelineEvents).values({ ...event, actorId: ctx.viewer?.id ?? null, at: new Date() });
      },
    };
    return body(scope);
  });
  refreshLoaders(ctx);
  return result;
}
