import { useQuery } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import {
  InspectionBrandDocument,
  InspectionUnitBrandsDocument,
  InspectionUnitDocument,
  InspectionUnitSearchDocument,
} from '../../gql/graphql';
import type { InspectionForm } from './inspection-form-model';

/**
 * What the form's subject needs from the server: the names of the chosen unit and brand, the unit's brands to
 * choose from, units found by name; a brand given without its unit fills the unit in.
 */
export function useInspectionSubject(form: InspectionForm) {
  const search = ref('');
  const unit = useQuery({
    query: InspectionUnitDocument,
    variables: computed(() => ({ id: form.unitId })),
    pause: computed(() => !form.unitId),
  });
  const brand = useQuery({
    query: InspectionBrandDocument,
    variables: computed(() => ({ id: form.brandId })),
    pause: computed(() => !form.brandId),
  });
  const unitBrands = useQuery({
    query: InspectionUnitBrandsDocument,
    variables: computed(() => ({ unitId: form.unitId })),
    pause: computed(() => !form.unitId),
  });
  const found = useQuery({
    query: InspectionUnitSearchDocument,
    variables: computed(() => ({ search: search.value.trim() || null })),
  });

  watch(
    () => brand.data.value?.brand?.unit.id,
    (unitId) => {
      if (unitId && !form.unitId) {
        form.unitId = unitId;
      }
    },
    { immediate: true },
  );

  const unitName = computed(() => (form.unitId ? (unit.data.value?.unit?.name ?? null) : null));
  const brandName = computed(() => (form.brandId ? (brand.data.value?.brand?.name ?? null) : null));
  const brandOptions = computed(() => {
    const list = unitBrands.data.value?.brands.nodes ?? [];
    const current = brand.data.value?.brand;
    const missing = current && current.unit.id === form.unitId && !list.some((b) => b.id === current.id);
    return [...(missing ? [current] : []), ...list].filter((b) => b.stage !== 'WITHDRAWN' || b.id === form.brandId);
  });
  const unitOptions = computed(() => {
    const list = found.data.value?.units.nodes ?? [];
    const current = unit.data.value?.unit;
    return current && !list.some((u) => u.id === current.id) ? [current, ...list] : list;
  });
  const withdrawn = computed(() => brand.data.value?.brand?.stage === 'WITHDRAWN');
  /**
   * The checklist of the brand's latest inspection: null when it has none (or no brand is chosen), undefined
   * while the brand is still being read — the form waits for it rather than preselect another checklist first.
   */
  const brandTemplateId = computed<string | null | undefined>(() => {
    if (!form.brandId) {
      return null;
    }
    const current = brand.data.value?.brand;
    if (current?.id === form.brandId) {
      return current.inspections.nodes[0]?.template.id ?? null;
    }
    return brand.fetching.value || (brand.data.value === undefined && !brand.error.value) ? undefined : null;
  });

  return {
    /** Looks units up by name. */
    find: (text: string) => (search.value = text),
    searching: found.fetching,
    unitName,
    brandName,
    brandOptions,
    brandsLoading: unitBrands.fetching,
    unitOptions,
    withdrawn,
    brandTemplateId,
    /** "某村 · 某品牌" for the list of drafts. */
    title: () => [unitName.value, brandName.value].filter(Boolean).join(' · ') || '未选择单位',
  };
}

export type InspectionSubject = ReturnType<typeof useInspectionSubject>;
