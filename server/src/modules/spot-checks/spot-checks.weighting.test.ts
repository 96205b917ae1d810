import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { makeBrand, makeOverdueMilestones, makeUnit, makeUser, openTestDatabase, setUnitTier } from '../../testing';
import { clearPending, draw } from './spot-check-test-helpers';

/** Its own database: the only brands in play are the two made here. */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe('drawSpotChecks weighting', () => {
  it('over many seeds draws a lagging, red brand far more often than a plain one', async () => {
    const { db } = handle;
    const lagging = await makeUnit(db);
    const advanced = await makeUnit(db);
    await setUnitTier(db, lagging.id, 'LAGGING');
    await setUnitTier(db, advanced.id, 'ADVANCED');
    const heavy = await makeBrand(db, lagging, 'BUILDING');
    await makeOverdueMilestones(db, heavy.id, 3);
    const plain = await makeBrand(db, advanced, 'BUILDING');
    const { viewer } = await makeUser(db, 'INSPECTOR', advanced);

    const hits = { [heavy.id]: 0, [plain.id]: 0 };
    for (let seed = 1; seed <= 120; seed += 1) {
      const d = await draw(db, viewer, 1, seed);
      expect(d.candidates).toBe(2);
      hits[d.brands[0].id] += 1;
      await clearPending(db);
    }
    // Weights 5 and 1: the heavy brand is expected about five times as often; demand at least twice.
    expect(hits[heavy.id] + hits[plain.id]).toBe(120);
    expect(hits[heavy.id]).toBeGreaterThan(2 * hits[plain.id]);
    expect(hits[plain.id]).toBeGreaterThan(0);
  });
});
