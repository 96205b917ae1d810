import type { UnitKind, UnitTier } from '../../../gql/graphql';
import { defineListFilters, enumsField, idField, textField } from '../../../shared/list/list-filters';

export const UNIT_KINDS: readonly UnitKind[] = [
  'COUNTY_COMMITTEE',
  'TOWN_COMMITTEE',
  'DEPARTMENT',
  'VILLAGE',
  'COMMUNITY',
  'ENTERPRISE',
  'AGENCY',
  'INSTITUTION',
  'SOCIAL_ORG',
];
export const UNIT_TIERS: readonly UnitTier[] = ['ADVANCED', 'AVERAGE', 'LAGGING'];

/** The units page's filters in the URL: `?q=&kind=VILLAGE&tier=LAGGING&baseline=LAGGING&town=<id>&page=2`. */
export const unitFilters = defineListFilters({
  search: textField('q'),
  kind: enumsField('kind', UNIT_KINDS),
  tier: enumsField('tier', UNIT_TIERS),
  /** The tier the year began with (the dashboard's 后进转化 x/y opens its y units with `baseline=LAGGING`). */
  baselineTier: enumsField('baseline', UNIT_TIERS),
  /** A town (or any unit): the units directly under it. */
  parentId: idField('town'),
});

export type UnitFilters = ReturnType<typeof unitFilters.parse>;
export const NO_UNIT_FILTERS = unitFilters.empty;
export const {
  parse: parseUnitQuery,
  toQuery: toUnitQuery,
  toFilter: toUnitFilter,
  isFiltered: isUnitFiltered,
} = unitFilters;
