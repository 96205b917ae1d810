import { describe, expect, it } from 'vitest';
import { buildUnitTree, hasChildren, openOnStart, subtreeRoots } from './unit-tree';

const units = [
  { id: 'c', name: '县委', kind: 'COUNTY_COMMITTEE', parent: null },
  { id: 't1', name: '东城镇党委', kind: 'TOWN_COMMITTEE', parent: { id: 'c' } },
  { id: 'v1', name: '桃源村党支部', kind: 'VILLAGE', parent: { id: 't1' } },
  { id: 'd1', name: '县人民医院党委', kind: 'INSTITUTION', parent: { id: 'c' } },
  { id: 'x', name: '孤立单位', kind: 'VILLAGE', parent: { id: 'gone' } },
];

describe('the unit tree', () => {
  it('nests units under their parents and keeps orphans as roots', () => {
    expect(buildUnitTree(units)).toEqual([
      {
        value: 'c',
        label: '县委',
        children: [
          { value: 't1', label: '东城镇党委', children: [{ value: 'v1', label: '桃源村党支部', children: [] }] },
          { value: 'd1', label: '县人民医院党委', children: [] },
        ],
      },
      { value: 'x', label: '孤立单位', children: [] },
    ]);
  });

  it('lists the units with units below them, and knows which units have', () => {
    expect(subtreeRoots(units)).toEqual([
      { id: 'c', name: '县委' },
      { id: 't1', name: '东城镇党委' },
    ]);
    expect(hasChildren(units, 't1')).toBe(true);
    expect(hasChildren(units, 'v1')).toBe(false);
  });

  it('opens the picker on the roots so the towns under the county show at once', () => {
    expect(openOnStart(buildUnitTree(units))).toEqual(['c', 'x']);
  });
});
