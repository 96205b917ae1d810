import type { BranchForm, UnitKind, UpdateUnitInput } from '../../../gql/graphql';
import { BRANCH_FORM_LABEL, label, UNIT_KIND_LABEL } from '../../../shared/labels';
import { buildUnitTree, type UnitNode } from '../../leader/unit-tree';

/** A unit as the admin tree holds it. */
export interface TreeUnit {
  id: string;
  name: string;
  kind: UnitKind;
  tier: string;
  branchForm?: BranchForm | null;
  version: number;
  parent?: { id: string } | null;
}

/** What the edit and create forms hold. */
export interface UnitForm {
  name: string;
  kind: UnitKind | '';
  branchForm: BranchForm | '';
}

export const UNIT_NAME_MAX = 100;
export const BRANCH_FORMS = Object.keys(BRANCH_FORM_LABEL) as BranchForm[];
/** Kinds a unit below the root may have (the county committee is the tree's one root). */
export const CHILD_KINDS = (Object.keys(UNIT_KIND_LABEL) as UnitKind[]).filter((k) => k !== 'COUNTY_COMMITTEE');
/** The kinds to offer in the form of the selected unit: the root keeps its own, every other unit the child kinds. */
export function kindOptions(isRoot: boolean | undefined): UnitKind[] {
  return isRoot ? ['COUNTY_COMMITTEE'] : CHILD_KINDS;
}

/** The tree for el-tree: siblings in Chinese name order (the server lists units by path, i.e. by id). */
export function adminTree(units: TreeUnit[]): UnitNode[] {
  return buildUnitTree([...units].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')));
}

/** The ids of a unit and every unit below it. */
export function subtreeIds(units: TreeUnit[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    const p = u.parent?.id;
    if (p) {
      children.set(p, [...(children.get(p) ?? []), u.id]);
    }
  }
  const ids = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (!ids.has(next)) {
      ids.add(next);
      stack.push(...(children.get(next) ?? []));
    }
  }
  return ids;
}

/** The names from the root down to a unit's parent (where the unit sits), e.g. ["青山县委", "东城镇党委"]. */
export function ancestorNames(units: TreeUnit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  let parent = byId.get(id)?.parent?.id;
  while (parent && names.length < 50) {
    const p = byId.get(parent);
    if (!p) {
      break;
    }
    names.unshift(p.name);
    parent = p.parent?.id;
  }
  return names;
}

/** The server's rules for a unit's fields (units.admin.ts), with its messages; `isRoot` allows 县委. */
export function validateUnitForm(form: UnitForm, isRoot = false): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) {
    errors.name = '请填写单位名称';
  } else if (name.length > UNIT_NAME_MAX) {
    errors.name = `单位名称应为 1 到 ${UNIT_NAME_MAX} 个字（现有 ${name.length} 个字）`;
  }
  if (!form.kind) {
    errors.kind = '请选择单位类型';
  } else if (form.kind === 'COUNTY_COMMITTEE' && !isRoot) {
    errors.kind = '县委只能有一个，作为单位树的根';
  }
  return errors;
}

/** The form for an existing unit. */
export function formOf(unit: TreeUnit): UnitForm {
  return { name: unit.name, kind: unit.kind, branchForm: unit.branchForm ?? '' };
}

/** What `updateUnit` is sent: only what changed (an emptied branch form is cleared); null when nothing did. */
export function unitChanges(unit: TreeUnit, form: UnitForm): UpdateUnitInput | null {
  const input: UpdateUnitInput = {};
  if (form.name.trim() !== unit.name) {
    input.name = form.name.trim();
  }
  if (form.kind && form.kind !== unit.kind) {
    input.kind = form.kind;
  }
  if (form.branchForm && form.branchForm !== unit.branchForm) {
    input.branchForm = form.branchForm;
  }
  if (!form.branchForm && unit.branchForm) {
    input.clearBranchForm = true;
  }
  return Object.keys(input).length ? input : null;
}

/** What someone else changed between the version the form was opened on and the latest, in words. */
export function changesBetween(before: TreeUnit, after: TreeUnit, nameOf: (id?: string) => string): string[] {
  const out: string[] = [];
  if (before.name !== after.name) {
    out.push(`名称：${before.name} → ${after.name}`);
  }
  if (before.kind !== after.kind) {
    out.push(`类型：${label(UNIT_KIND_LABEL, before.kind)} → ${label(UNIT_KIND_LABEL, after.kind)}`);
  }
  if ((before.branchForm ?? null) !== (after.branchForm ?? null)) {
    const f = (v?: string | null) => label(BRANCH_FORM_LABEL, v, '无');
    out.push(`特色党支部形式：${f(before.branchForm)} → ${f(after.branchForm)}`);
  }
  if (before.parent?.id !== after.parent?.id) {
    out.push(`上级单位：${nameOf(before.parent?.id)} → ${nameOf(after.parent?.id)}`);
  }
  return out;
}

/** Why a unit cannot move under `targetId` (the server's words), or null when it can. */
export function moveProblem(units: TreeUnit[], unitId: string, targetId: string | null): string | null {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) {
    return '单位不存在';
  }
  if (!unit.parent) {
    return '根单位不能移动';
  }
  if (!targetId) {
    return '请选择新的上级单位';
  }
  if (subtreeIds(units, unitId).has(targetId)) {
    return '不能移动到自己或自己的下级单位之下';
  }
  if (unit.parent.id === targetId) {
    return '已在该单位之下，请选择另一个上级单位';
  }
  return null;
}

/** The confirmation for a move: the subtree goes along. */
export function moveConfirmation(units: TreeUnit[], unitId: string, targetId: string): string {
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const below = subtreeIds(units, unitId).size - 1;
  const along = below > 0 ? `，它下面的 ${below} 个下级单位将一并移动` : '';
  return `将「${name(unitId)}」移动到「${name(targetId)}」之下${along}。移动后，驾驶舱和各列表按上级单位统计时，它计入新的上级。确认移动吗？`;
}

/** The note after a move, naming where the unit went. */
export function movedMessage(units: TreeUnit[], unitName: string, targetId: string): string {
  const target = units.find((u) => u.id === targetId)?.name;
  return target ? `已将「${unitName}」移动到「${target}」之下` : `已将「${unitName}」移动到新的上级单位之下`;
}

/** Whether a unit's name matches the tree search (case-insensitive, ignoring spaces around). */
export function matchesSearch(name: string, search: string): boolean {
  const q = search.trim().toLowerCase();
  return !q || name.toLowerCase().includes(q);
}

/** A tree for el-tree-select in which some units cannot be chosen (a unit and its subtree, as a move target). */
export interface PickNode extends UnitNode {
  disabled: boolean;
  children: PickNode[];
}

/** Marks the nodes whose ids are in `blocked` as not choosable. */
export function blockNodes(nodes: UnitNode[], blocked: Set<string>): PickNode[] {
  return nodes.map((n) => ({ ...n, disabled: blocked.has(n.value), children: blockNodes(n.children, blocked) }));
}
