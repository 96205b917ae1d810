import { describe, expect, it } from 'vitest';
import { townOf, unitPlace } from './unit-place';

const county = { id: 'c', name: '中共青山县委', kind: 'COUNTY_COMMITTEE' as const, parent: null };
const town = { id: 't', name: '城关镇党委', kind: 'TOWN_COMMITTEE' as const, parent: county };
const village = { id: 'v', name: '桃源村党支部', kind: 'VILLAGE' as const, parent: town };

describe('where a unit is', () => {
  it('names the town a unit lies in, at any depth', () => {
    expect(townOf(village)?.id).toBe('t');
    expect(townOf({ id: 'e', name: '企业支部', kind: 'ENTERPRISE', parent: village })?.id).toBe('t');
    expect(unitPlace(village)).toEqual({ unit: '桃源村党支部', town: '城关镇党委' });
  });

  it('gives no town for a town itself or a unit directly under the county', () => {
    expect(unitPlace(town)).toEqual({ unit: '城关镇党委', town: null });
    expect(unitPlace({ id: 'd', name: '县委组织部', kind: 'DEPARTMENT', parent: county })).toEqual({
      unit: '县委组织部',
      town: null,
    });
  });
});
