import { useClientHandle } from '@urql/vue';
import { computed, ref } from 'vue';
import { UnitOutlineDocument, type UnitOutlineQuery } from '../../gql/graphql';
import { buildUnitTree, subtreeRoots, type OutlineUnit } from './unit-tree';

/** The server answers at most 100 units a request; a county's tree is read page by page (at most 20 pages). */
const PAGE = 100;
const MAX_PAGES = 20;

/** The whole unit tree (names and kinds only), for the town filter and the unit selector. */
export function useUnitOutline() {
  const { client } = useClientHandle();
  const units = ref<OutlineUnit[]>([]);
  const loading = ref(true);
  const failed = ref(false);

  async function load(): Promise<void> {
    const all: OutlineUnit[] = [];
    let after: string | null = null;
    try {
      for (let i = 0; i < MAX_PAGES; i++) {
        const r = await client.query(UnitOutlineDocument, { first: PAGE, after }).toPromise();
        const page: UnitOutlineQuery['units'] | undefined = r.data?.units;
        if (!page) {
          failed.value = true;
          return;
        }
        all.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) {
          break;
        }
        after = page.pageInfo.endCursor ?? null;
      }
      units.value = all;
    } finally {
      loading.value = false;
    }
  }
  void load();

  return {
    units,
    loading,
    failed,
    tree: computed(() => buildUnitTree(units.value)),
    /** Units with units below them (the county, towns and streets…), for filters that take a subtree. */
    towns: computed(() => subtreeRoots(units.value)),
    nameOf: (id: string | null | undefined) => units.value.find((u) => u.id === id)?.name ?? null,
  };
}
