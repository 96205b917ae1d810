import { useClientHandle } from '@urql/vue';
import { computed, ref } from 'vue';
import { AdminUnitTreeDocument, type AdminUnitFragment, type AdminUnitTreeQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../shared/graphql';
import { adminTree } from './unit-admin';

/** The server answers at most 100 units a request; the whole tree is read page by page (up to 2,000 units). */
const PAGE = 100;
const MAX_PAGES = 20;

/** Every unit of the tree, for the admin's tree; changed units are put in place without reading it all again. */
export function useAdminUnits() {
  const { client } = useClientHandle();
  const units = ref<AdminUnitFragment[]>([]);
  const loading = ref(true);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    const all: AdminUnitFragment[] = [];
    let after: string | null = null;
    try {
      for (let i = 0; i < MAX_PAGES; i++) {
        const r = await client
          .query(AdminUnitTreeDocument, { first: PAGE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        const page: AdminUnitTreeQuery['units'] | undefined = r.data?.units;
        if (!page) {
          error.value = errorMessage(r.error) ?? '单位加载失败';
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

  /** Puts a created or changed unit in place. */
  function upsert(unit: AdminUnitFragment): void {
    const i = units.value.findIndex((u) => u.id === unit.id);
    units.value = i < 0 ? [...units.value, unit] : units.value.map((u) => (u.id === unit.id ? unit : u));
  }

  return {
    units,
    loading,
    error,
    reload: load,
    upsert,
    tree: computed(() => adminTree(units.value)),
    find: (id: string | null | undefined) => units.value.find((u) => u.id === id) ?? null,
    nameOf: (id: string | null | undefined) => units.value.find((u) => u.id === id)?.name ?? '—',
  };
}
