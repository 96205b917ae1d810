/** A unit as the outline lists it (tree order: every parent before its children). */
export interface OutlineUnit {
  id: string;
  name: string;
  kind: string;
  parent?: { id: string } | null;
}

/** A node of the unit tree for Element Plus' tree select. */
export interface UnitNode {
  value: string;
  label: string;
  children: UnitNode[];
}

/** The unit tree from the flat outline; a unit whose parent is missing becomes a root. */
export function buildUnitTree(units: OutlineUnit[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, label: u.name, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parent ? nodes.get(u.parent.id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Whether a unit has units below it (a subtree worth scoping to, rather than a single unit). */
export function hasChildren(units: OutlineUnit[], id: string): boolean {
  return units.some((u) => u.parent?.id === id);
}

/** The units with units below them (the county, towns and streets…), in outline order, for a subtree filter. */
export function subtreeRoots(units: OutlineUnit[]): { id: string; name: string }[] {
  const parents = new Set(units.map((u) => u.parent?.id));
  return units.filter((u) => parents.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
}

/**
 * The nodes a unit picker opens with: the roots, so the towns and streets under the county show at once instead
 * of a lone county line the user has to know to expand.
 */
export function openOnStart(tree: UnitNode[]): string[] {
  return tree.map((n) => n.value);
}
