import { describe, expect, it } from 'vitest';
import {
  adminTree,
  ancestorNames,
  blockNodes,
  changesBetween,
  moveConfirmation,
  moveProblem,
  kindOptions,
  movedMessage,
  subtreeIds,
  unitChanges,
  validateUnitForm,
  type TreeUnit,
} from './unit-admin';

const unit = (id: string, name: string, parent: string | null, extra: Partial<TreeUnit> = {}): TreeUnit => ({
  id,
  name,
  kind: parent ? 'VILLAGE' : 'COUNTY_COMMITTEE',
  tier: 'AVERAGE',
  version: 1,
  parent: parent ? { id: parent } : null,
  ...extra,
});

const units = [
  unit('c', '青山县委', null),
  unit('t2', '西岭镇党委', 'c', { kind: 'TOWN_COMMITTEE' }),
  unit('t1', '东城镇党委', 'c', { kind: 'TOWN_COMMITTEE' }),
  unit('v1', '桃源村党支部', 't1'),
  unit('g1', '桃源村第一党小组', 'v1'),
  unit('v2', '杏花村党支部', 't2'),
];

describe('the admin unit tree', () => {
  it('nests units with siblings in Chinese name order', () => {
    const [root] = adminTree(units);
    expect(root.children.map((n) => n.label)).toEqual(['东城镇党委', '西岭镇党委']);
    expect(root.children[0].children[0].children[0].label).toBe('桃源村第一党小组');
  });

  it('knows a subtree and the way down to a unit', () => {
    expect([...subtreeIds(units, 't1')].sort()).toEqual(['g1', 't1', 'v1']);
    expect(ancestorNames(units, 'g1')).toEqual(['青山县委', '东城镇党委', '桃源村党支部']);
    expect(ancestorNames(units, 'c')).toEqual([]);
  });

  it('blocks a unit and its subtree as move targets', () => {
    const [root] = blockNodes(adminTree(units), subtreeIds(units, 't1'));
    expect(root.disabled).toBe(false);
    expect(root.children[0]).toMatchObject({ label: '东城镇党委', disabled: true });
    expect(root.children[0].children[0].disabled).toBe(true);
    expect(root.children[1].disabled).toBe(false);
  });
});

describe('moving a unit', () => {
  it('says where the unit went', () => {
    expect(movedMessage(units, '桃源村党支部', 't2')).toBe('已将「桃源村党支部」移动到「西岭镇党委」之下');
    expect(movedMessage(units, '桃源村党支部', 'gone')).toBe('已将「桃源村党支部」移动到新的上级单位之下');
  });

  it('refuses its own subtree, the root, no target and the same parent, in the server’s words', () => {
    expect(moveProblem(units, 't1', 'g1')).toBe('不能移动到自己或自己的下级单位之下');
    expect(moveProblem(units, 't1', 't1')).toBe('不能移动到自己或自己的下级单位之下');
    expect(moveProblem(units, 'c', 't1')).toBe('根单位不能移动');
    expect(moveProblem(units, 'v1', null)).toBe('请选择新的上级单位');
    expect(moveProblem(units, 'v1', 't1')).toMatch(/已在该单位之下/);
    expect(moveProblem(units, 'v1', 't2')).toBeNull();
  });

  it('says in the confirmation that the subtree moves along', () => {
    expect(moveConfirmation(units, 'v1', 't2')).toContain(
      '将「桃源村党支部」移动到「西岭镇党委」之下，它下面的 1 个下级单位将一并移动',
    );
    expect(moveConfirmation(units, 'v2', 't1')).not.toContain('下级单位将一并移动');
  });
});

describe('the unit form', () => {
  it('offers the root only its own kind and every other unit the child kinds (a village shows as 村, not VILLAGE)', () => {
    expect(kindOptions(true)).toEqual(['COUNTY_COMMITTEE']);
    expect(kindOptions(false)).toContain('VILLAGE');
    expect(kindOptions(false)).toContain('TOWN_COMMITTEE');
    expect(kindOptions(undefined)).not.toContain('COUNTY_COMMITTEE');
  });

  it('checks name and kind as the server does', () => {
    expect(validateUnitForm({ name: '  ', kind: '', branchForm: '' })).toEqual({
      name: '请填写单位名称',
      kind: '请选择单位类型',
    });
    expect(validateUnitForm({ name: '新村', kind: 'COUNTY_COMMITTEE', branchForm: '' }).kind).toBe(
      '县委只能有一个，作为单位树的根',
    );
    expect(validateUnitForm({ name: '青山县委', kind: 'COUNTY_COMMITTEE', branchForm: '' }, true)).toEqual({});
    expect(validateUnitForm({ name: '村'.repeat(101), kind: 'VILLAGE', branchForm: '' }).name).toMatch(/1 到 100/);
  });

  it('sends only what changed, and clears an emptied branch form', () => {
    const v = unit('v1', '桃源村党支部', 't1', { branchForm: 'REGIONAL' });
    expect(unitChanges(v, { name: '桃源村党支部', kind: 'VILLAGE', branchForm: 'REGIONAL' })).toBeNull();
    expect(unitChanges(v, { name: ' 桃源村党总支 ', kind: 'VILLAGE', branchForm: '' })).toEqual({
      name: '桃源村党总支',
      clearBranchForm: true,
    });
    expect(unitChanges(v, { name: '桃源村党支部', kind: 'COMMUNITY', branchForm: 'JOINT' })).toEqual({
      kind: 'COMMUNITY',
      branchForm: 'JOINT',
    });
  });

  it('describes what someone else changed', () => {
    const before = unit('v1', '桃源村党支部', 't1');
    const after = { ...before, name: '桃源村党总支', branchForm: 'MOBILE' as const, parent: { id: 't2' }, version: 2 };
    const names: Record<string, string> = { t1: '东城镇党委', t2: '西岭镇党委' };
    expect(changesBetween(before, after, (id) => names[id ?? ''] ?? '—')).toEqual([
      '名称：桃源村党支部 → 桃源村党总支',
      '特色党支部形式：无 → 流动型',
      '上级单位：东城镇党委 → 西岭镇党委',
    ]);
  });
});
