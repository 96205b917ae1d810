import type { UnitKind } from '../../gql/graphql';

interface PlaceUnit {
  id: string;
  name: string;
  kind: UnitKind;
  parent?: PlaceUnit | null;
}

/** The town (镇（街道）党委) a unit belongs to: itself if it is one, else its nearest ancestor that is one. */
export function townOf(unit: PlaceUnit): PlaceUnit | null {
  for (let u: PlaceUnit | null | undefined = unit; u; u = u.parent) {
    if (u.kind === 'TOWN_COMMITTEE') {
      return u;
    }
  }
  return null;
}

/** The unit's name and, when it lies within a town, the town's name (`桃源村党支部 · 城关镇党委`). */
export function unitPlace(unit: PlaceUnit): { unit: string; town: string | null } {
  const town = townOf(unit);
  return { unit: unit.name, town: town && town.id !== unit.id ? town.name : null };
}
