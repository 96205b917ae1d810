/** Shared pieces of the spot-check tests. */
import { eq } from 'drizzle-orm';
import { spotCheckDrawItems, type Database } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { gql } from '../../testing';

export const TODAY = '2025-06-01';

export const DRAW_FIELDS = `id seed count candidates rule createdAt drawnBy { id } brands { id }
  items { id weight reasons position done brand { id } unit { id } inspection { id } }`;

export const DRAW = `mutation ($count: Int!, $seed: Int) { drawSpotChecks(count: $count, seed: $seed) { ${DRAW_FIELDS} } }`;

/** Draws as `viewer` and returns the draw, failing the test with the errors if it was refused. */
export async function draw(db: Database, viewer: Viewer, count: number, seed?: number) {
  const result = await gql(db, viewer, DRAW, { count, seed }, { today: TODAY });
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data.drawSpotChecks as Record<string, any>;
}

/** Marks every pending draw item done, so every brand is a candidate again. */
export async function clearPending(db: Database): Promise<void> {
  await db.update(spotCheckDrawItems).set({ done: true }).where(eq(spotCheckDrawItems.done, false));
}
