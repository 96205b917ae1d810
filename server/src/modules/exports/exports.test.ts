import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brands, type DatabaseHandle } from '@flagship/drizzle';
import type { FlagshipServer } from '../../http/app';
import { makeBrand, makeWorld, openTestDatabase } from '../../testing';
import { loginCookie, serve } from '../../testing/http';
import { csvCell } from './exports.http';

let h: DatabaseHandle;
let server: { url: string; flagship: FlagshipServer };
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  h = await openTestDatabase();
  server = await serve(h.db);
  w = await makeWorld(h.db);
  await makeBrand(h.db, w.village, 'DECLARED');
  await h.db.insert(brands).values(
    Array.from({ length: 120 }, (_, i) => ({
      name: `导出品牌${String(i).padStart(3, '0')}-${w.village.id.slice(0, 6)}`,
      summary: '简介',
      category: 'SERVICE' as const,
      unitId: w.village.id,
      stage: 'BUILDING' as const,
    })),
  );
  await makeBrand(h.db, w.village2, 'NAMED');
});
afterAll(async () => {
  await server.flagship.stop();
  await h.close();
});

function get(path: string, cookie?: string) {
  return fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
}

function filter(value: unknown): string {
  return `?filter=${encodeURIComponent(JSON.stringify(value))}`;
}

describe('exports', () => {
  it('streams every matching row as CSV with Chinese headers, past the 100-row batch', async () => {
    const res = await get(`/exports/brands.csv${filter({ unitId: w.village.id })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('品牌名录'));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('品牌名称,口号,所属单位')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 120);
    expect(lines.slice(1).every((l) => l.split(',')[4] === '创建')).toBe(true);
  });

  it('exports what the viewer may see: a leader also gets the declared brand, as Excel', async () => {
    const cookie = await loginCookie(server.url, w.leader.row.username);
    const res = await get(`/exports/brands.xlsx${filter({ unitId: w.village.id, stage: ['DECLARED'] })}`, cookie);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('品牌名称');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(5).value).toBe('申报');
  });

  it('refuses lists that need a login, bad filters and unknown lists', async () => {
    const units = await get('/exports/units.csv');
    expect(units.status).toBe(401);
    expect(((await units.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const cookie = await loginCookie(server.url, w.unit.row.username);
    expect((await get('/exports/users.csv', cookie)).status).toBe(403);
    expect((await get('/exports/brands.csv?filter=%7Bnot-json', cookie)).status).toBe(400);
    expect((await get('/exports/secrets.csv', cookie)).status).toBe(404);
  });

  it('never lets a cell start a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('党旗, 引航')).toBe('"党旗, 引航"');
    expect(csvCell(null)).toBe('');
  });
});
