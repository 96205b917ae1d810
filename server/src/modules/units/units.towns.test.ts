import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { gql, makeUnit, makeWorld, openTestDatabase } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const TOWNS = `{ towns { id name kind } }`;

describe('towns', () => {
  it('lists every town committee to anyone, without login, by the pinyin of the name', async () => {
    const w = await makeWorld(h.db);
    const baishui = await makeUnit(h.db, { parent: w.county, kind: 'TOWN_COMMITTEE', name: '白水乡党委' });
    const liuwan = await makeUnit(h.db, { parent: w.county, kind: 'TOWN_COMMITTEE', name: '柳湾镇党委' });
    await makeUnit(h.db, { parent: baishui, kind: 'VILLAGE' });
    await makeUnit(h.db, { parent: w.county, kind: 'DEPARTMENT' });

    const r = await gql<{ towns: { id: string; name: string; kind: string }[] }>(h.db, null, TOWNS, {});
    expect(r.errors).toBeUndefined();
    const towns = r.data!.towns;
    // 白水 (bai) < 测试 (ce) < 柳湾 (liu)
    expect(towns.map((t) => t.id)).toEqual([baishui.id, w.town.id, liuwan.id]);
    expect(towns.every((t) => t.kind === 'TOWN_COMMITTEE')).toBe(true);
    expect(towns[0].name).toBe('白水乡党委');
  });
});
