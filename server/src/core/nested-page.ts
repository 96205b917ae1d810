import DataLoader from 'dataloader';

/**
 * The first page of a connection that hangs off each item of a list (each unit's brands, each brand's
 * timeline) for all parents at once: `fetchIds` runs one windowed query — `row_number() over (partition by
 * parent …) <= limit + 1` — and returns `{ parentId, id }` in page order. Keys are `parentId|limit|variant`.
 */
export function nestedFirstPages(
  fetchIds: (parentIds: string[], limit: number, variant: string) => Promise<{ parentId: string; id: string }[]>,
) {
  return new DataLoader<string, string[]>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [parentId, limit, variant] = key.split('|');
      const group = `${limit}|${variant}`;
      groups.set(group, [...(groups.get(group) ?? []), parentId]);
    }
    const pages = new Map<string, string[]>();
    for (const [group, parentIds] of groups) {
      const [limit, variant] = group.split('|');
      for (const row of await fetchIds(parentIds, Number(limit), variant)) {
        const key = `${row.parentId}|${limit}|${variant}`;
        pages.set(key, [...(pages.get(key) ?? []), row.id]);
      }
    }
    return keys.map((k) => pages.get(k) ?? []);
  });
}

/** Key of a nested first page. */
export function nestedKey(parentId: string, limit: number, variant = ''): string {
  return `${parentId}|${limit}|${variant}`;
}
