import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { gql, makeUnit, makeWorld, openTestDatabase } from '../testing';

/** Counts the SQL statements each GraphQL request sends, to show lists do not fan out into N+1 queries. */
let statements = 0;
let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase({
    logger: {
      logQuery: () => {
        statements += 1;
      },
    },
  });
});
afterAll(async () => h.close());

const QUERY = `query($parent: ID) {
  units(filter: { parentId: $parent }, first: 50) {
    nodes { name parent { name } children { name }
      brands(first: 5) { totalCount nodes {
        name unit { name } progress health { status } fiveHaves { met } stageHistory { toStage actor { username } }
        plan { status responsiblePerson { name } milestones { title overdue } reviews { comment } }
        milestones { title }
        timeline(first: 3) { totalCount nodes { summary actor { username } } }
      } }
    }
  }
}`;

async function statementsFor(viewer: Parameters<typeof gql>[1], parent: string): Promise<number> {
  statements = 0;
  const r = await gql(h.db, viewer, QUERY, { parent });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return statements;
}

/** A town with `units` units of two brands each, every brand declared through the API (history, timeline). */
async function town(units: number) {
  const w = await makeWorld(h.db);
  for (let i = 0; i < units; i += 1) {
    const unit = await makeUnit(h.db, { parent: w.town });
    for (const n of [1, 2]) {
      const r = await gql(
        h.db,
        w.admin.viewer,
        `mutation($u: ID!, $n: String!) { createBrand(input: { name: $n, summary: "s", category: SERVICE, unitId: $u }) { id } }`,
        { u: unit.id, n: `品牌${n}-${unit.id.slice(0, 8)}` },
      );
      expect(r.errors).toBeUndefined();
    }
  }
  return w;
}

it('answers a list with nested relations in a fixed number of queries, however long the list', async () => {
  const small = await town(2);
  const large = await town(9);
  const few = await statementsFor(small.leader.viewer, small.town.id);
  const many = await statementsFor(large.leader.viewer, large.town.id);
  expect(many).toBe(few);
  expect(many).toBeLessThan(30);
});
