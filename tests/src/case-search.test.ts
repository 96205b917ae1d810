import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client';
import { startServer, type StartedServer } from './support/server-process';

/**
 * Browsing and Chinese search of the demo county's model cases over HTTP, against the server started as the
 * README starts it: an anonymous reader searches 党旗, reads the facets, follows a similar case; drafts stay
 * hidden from the public and from another unit.
 */
let server: StartedServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const SEARCH = `query($f: ModelCaseFilter, $first: Int) {
  modelCases(filter: $f, first: $first) {
    totalCount nodes { id title status highlight { title snippet } similar(first: 3) { id title status } }
  }
  modelCaseFacets(filter: $f) { level { value label count } year { value label count } town { value label count } }
}`;

interface Found {
  modelCases: {
    totalCount: number;
    nodes: {
      id: string;
      title: string;
      status: string;
      highlight: { title: string; snippet: string } | null;
      similar: { id: string; status: string }[];
    }[];
  };
  modelCaseFacets: Record<'level' | 'year' | 'town', { value: string; label: string; count: number }[]>;
}

describe('model case search over HTTP', () => {
  it('lets an anonymous reader find “党旗引航”工程 cases by 党旗, with highlights, facets and similar cases', async () => {
    const reader = new Client(server.url);
    const result = await reader.gql<Found>(SEARCH, { f: { search: '党旗' }, first: 50 });
    expect(result.errors).toBeUndefined();
    const { modelCases, modelCaseFacets } = result.data!;
    const hit = modelCases.nodes.find((n) => n.title.includes('“党旗引航”工程'));
    expect(hit, modelCases.nodes.map((n) => n.title).join('；')).toBeDefined();
    expect(hit!.highlight!.title).toContain('<mark>党旗</mark>');
    expect(modelCases.nodes.every((n) => n.status === 'PUBLISHED')).toBe(true);
    expect(modelCases.nodes[0].title).toContain('党旗');
    const yearTotal = modelCaseFacets.year.reduce((sum, f) => sum + f.count, 0);
    expect(yearTotal).toBe(modelCases.totalCount);
    expect(modelCaseFacets.year.every((f) => f.label === `${f.value}年`)).toBe(true);
    expect(hit!.similar.length).toBeGreaterThan(0);
    expect(hit!.similar.map((s) => s.id)).not.toContain(hit!.id);
    expect(hit!.similar.every((s) => s.status === 'PUBLISHED')).toBe(true);

    const town = modelCaseFacets.town[0];
    const inTown = await reader.gql<Found>(SEARCH, { f: { search: '党旗', unitId: town.value }, first: 50 });
    expect(inTown.data!.modelCases.totalCount).toBe(town.count);
  });

  it('finds the brand 党旗引航 by 党旗 too, with a highlighted name', async () => {
    const reader = new Client(server.url);
    const result = await reader.gql(`{ brands(filter: { search: "党旗" }) { nodes { name highlight { name } } } }`);
    expect(result.errors).toBeUndefined();
    const names = (result.data!.brands.nodes as { name: string; highlight: { name: string } }[]).map((b) => b.name);
    expect(names).toContain('“党旗引航”工程');
    expect(result.data!.brands.nodes[0].highlight.name).toContain('<mark>党旗</mark>');
  });

  it('never shows drafts, submitted or returned cases to the public or to another unit', async () => {
    const pending = { status: ['DRAFT', 'SUBMITTED', 'RETURNED'] };
    const LIST = `query($f: ModelCaseFilter) { modelCases(filter: $f, first: 100) { totalCount nodes { id } } }`;
    const leader = new Client(server.url);
    await leader.login('leader');
    const all = (await leader.gql(LIST, { f: pending })).data!.modelCases;
    expect(all.totalCount).toBeGreaterThan(0);
    expect((await new Client(server.url).gql(LIST, { f: pending })).data!.modelCases.totalCount).toBe(0);
    const unit = new Client(server.url);
    const unitMe = await unit.login('unit');
    const unit2 = new Client(server.url);
    await unit2.login('unit2');
    const own = (await unit.gql(LIST, { f: { ...pending, unitId: unitMe.unit!.id } })).data!.modelCases;
    const others = (await unit2.gql(LIST, { f: { ...pending, unitId: unitMe.unit!.id } })).data!.modelCases;
    expect(own.totalCount).toBeGreaterThan(0);
    expect(others.totalCount).toBe(0);
    expect(own.totalCount).toBe(
      (await leader.gql(LIST, { f: { ...pending, unitId: unitMe.unit!.id } })).data!.modelCases.totalCount,
    );
  });
});
