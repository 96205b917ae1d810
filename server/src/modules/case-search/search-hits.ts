/**
 * Remembers which search produced a listed node, so its `highlight` field can mark the matches. Kept beside the
 * node (a WeakMap, not a property) because the node types belong to other modules.
 */
const searches = new WeakMap<object, string>();

/** Marks `node` as a hit of `search` and returns it. */
export function withSearch<T extends object>(node: T, search: string): T {
  searches.set(node, search);
  return node;
}

/** The search that produced `node`, if it came from a search. */
export function searchOf(node: object): string | undefined {
  return searches.get(node);
}
