import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { flagshipSchema } from './schema';

it('schema/schema.graphql is the schema the server emits (run `pnpm schema:emit` after changing it)', async () => {
  const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
  expect(committed).toBe(printSchema(await flagshipSchema()) + '\n');
});

it('keeps the names API.md promises', async () => {
  const schema = await flagshipSchema();
  const query = schema.getQueryType()!.getFields();
  const mutation = schema.getMutationType()!.getFields();
  for (const name of ['me', 'units', 'unit', 'brands', 'brand']) {
    expect(query, name).toHaveProperty(name);
  }
  for (const name of [
    'login',
    'logout',
    'createBrand',
    'updateBrand',
    'changeBrandStage',
    'promoteBrandLevel',
    'savePlan',
    'submitPlan',
    'reviewPlan',
    'reportMilestone',
  ]) {
    expect(mutation, name).toHaveProperty(name);
  }
});
