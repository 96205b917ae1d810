import DataLoader from 'dataloader';

/** A loader of one row per key: `fetch` returns rows in any order, `keyOf` maps each back to its key. */
export function rowLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of many rows per key, in the order `fetch` returned them. */
export function groupLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, R[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = groups.get(k);
      if (list) {
        list.push(r);
      } else {
        groups.set(k, [r]);
      }
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}
