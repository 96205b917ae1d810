import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import type { FlagshipServer } from '../../http/app';
import { makeBrand, makeModelCase, makeRectification, makeWorld, openTestDatabase } from '../../testing';
import { loginCookie, serve } from '../../testing/http';

let h: DatabaseHandle;
let server: { url: string; flagship: FlagshipServer };
let w: Awaited<ReturnType<typeof makeWorld>>;
const titles = {
  published: '导出案例·已发布',
  hiddenBrand: '导出案例·品牌未公开',
  draft: '导出案例·本单位草稿',
  submitted: '导出案例·他单位待审',
};
let hiddenBrandName = '';
beforeAll(async () => {
  h = await openTestDatabase();
  server = await serve(h.db);
  w = await makeWorld(h.db);
  const shown = await makeBrand(h.db, w.village, 'BUILDING');
  const declared = await makeBrand(h.db, w.village, 'DECLARED');
  hiddenBrandName = declared.name;
  await makeModelCase(h.db, w.village.id, { title: titles.published, brandId: shown.id, tags: ['红色', '网格'] });
  await makeModelCase(h.db, w.village.id, { title: titles.hiddenBrand, brandId: declared.id, level: 'CITY' });
  await makeModelCase(h.db, w.village.id, { title: titles.draft, status: 'DRAFT' });
  await makeModelCase(h.db, w.village2.id, { title: titles.submitted, status: 'SUBMITTED' });
  await makeRectification(h.db, w.village.id, {
    problem: '公开问题·台账不全',
    public: true,
    responsiblePerson: { name: '李四', title: '支部书记', phone: '13911112222' },
  });
  await makeRectification(h.db, w.village.id, {
    problem: '内部问题·不公开',
    public: false,
    responsiblePerson: { name: '赵六', title: '委员', phone: '13933334444' },
  });
});
afterAll(async () => {
  await server.flagship.stop();
  await h.close();
});

async function csv(path: string, cookie?: string): Promise<{ status: number; rows: string[][]; text: string }> {
  const res = await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
  const text = (await res.text()).replace(/^\uFEFF/, '');
  // The cells in these tests hold no commas or quotes, so a plain split reads them.
  const rows = res.ok
    ? text
        .trim()
        .split('\r\n')
        .map((line) => line.split(','))
    : [];
  return { status: res.status, rows, text };
}

function filter(value: unknown): string {
  return `?filter=${encodeURIComponent(JSON.stringify(value))}`;
}

const titlesOf = (rows: string[][]) => rows.slice(1).map((r) => r[0]);

describe('cases export', () => {
  it('gives the public only published cases, without the names of brands it may not see', async () => {
    const { status, rows } = await csv(`/exports/cases.csv${filter({ unitId: w.town.id })}`);
    expect(status).toBe(200);
    expect(rows[0].slice(0, 4)).toEqual(['标题', '摘要', '所属单位', '品牌']);
    expect(titlesOf(rows).sort()).toEqual([titles.hiddenBrand, titles.published].sort());
    const hidden = rows.find((r) => r[0] === titles.hiddenBrand)!;
    expect(hidden[3]).toBe('');
    expect(hidden[4]).toBe('市级');
    expect(rows.flat()).not.toContain(hiddenBrandName);
    const shown = rows.find((r) => r[0] === titles.published)!;
    expect(shown[2]).toBe(w.village.name);
    expect(shown[6]).toBe('红色、网格');
    expect(shown[7]).toBe('已发布');
  });

  it('gives a unit its own drafts and brands, but not another unit’s unpublished cases', async () => {
    const cookie = await loginCookie(server.url, w.unit.row.username);
    const { rows } = await csv(`/exports/cases.csv${filter({ unitId: w.town.id })}`, cookie);
    expect(titlesOf(rows).sort()).toEqual([titles.draft, titles.hiddenBrand, titles.published].sort());
    expect(rows.find((r) => r[0] === titles.hiddenBrand)![3]).toBe(hiddenBrandName);
    const other = await csv(
      `/exports/cases.csv${filter({ unitId: w.town.id })}`,
      await loginCookie(server.url, w.unit2.row.username),
    );
    expect(titlesOf(other.rows)).toContain(titles.submitted);
    expect(titlesOf(other.rows)).not.toContain(titles.draft);
  });

  it('gives leaders every case, filtered by status like the review queue', async () => {
    const cookie = await loginCookie(server.url, w.leader.row.username);
    const { rows } = await csv(`/exports/cases.csv${filter({ status: ['SUBMITTED'] })}`, cookie);
    expect(titlesOf(rows)).toEqual([titles.submitted]);
    expect(rows[1][7]).toBe('待审核');
    const all = await csv(`/exports/cases.csv${filter({ unitId: w.town.id })}`, cookie);
    expect(titlesOf(all.rows)).toHaveLength(4);
  });

  it('refuses a filter its GraphQL query would refuse, in Chinese, with nothing exported', async () => {
    const { status, text } = await csv(`/exports/cases.csv${filter({ level: ['GALACTIC'] })}`);
    expect(status).toBe(400);
    const body = JSON.parse(text) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain('level');
    expect(body.error.message).toMatch(/取值无效/);
    expect((await csv(`/exports/brands.csv${filter({ stage: 'NOPE' })}`)).status).toBe(400);
    expect((await csv(`/exports/cases.csv${filter({ year: '二〇二五' })}`)).status).toBe(400);
  });
});

describe('what the public may export from the showcase lists', () => {
  it('rectifications: public items only, whatever the filter asks, and no phone numbers', async () => {
    const { status, rows, text } = await csv(
      `/exports/rectifications.csv${filter({ unitId: w.village.id, publicOnly: false })}`,
    );
    expect(status).toBe(200);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['公开问题·台账不全']);
    expect(rows[0]).toContain('责任人');
    expect(text).toContain('李四，支部书记');
    expect(text).not.toMatch(/139\d{8}/);
    const leader = await csv(
      `/exports/rectifications.csv${filter({ unitId: w.village.id })}`,
      await loginCookie(server.url, w.leader.row.username),
    );
    expect(
      leader.rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['公开问题·台账不全', '内部问题·不公开'].sort());
  });

  it('brands: showcase stages only, even when the filter asks for declared brands', async () => {
    const { rows } = await csv(
      `/exports/brands.csv${filter({ unitId: w.village.id, stage: ['DECLARED', 'BUILDING'] })}`,
    );
    expect(rows.slice(1).map((r) => r[4])).toEqual(['创建']);
    expect(rows.flat()).not.toContain(hiddenBrandName);
  });

  it('inspections and units need a login', async () => {
    expect((await csv('/exports/inspections.csv')).status).toBe(401);
    expect((await csv('/exports/units.xlsx')).status).toBe(401);
  });
});
