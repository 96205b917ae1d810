import type { UnitKind, UnitTier } from '../tables/enums';
import type { SeedContext } from './context';
import { DAY } from './dates';
import type { TierCode, UnitSeed } from './data/types';
import { COUNTY_COMMITTEE, COUNTY_UNITS, TOWNS } from './data/units';
import { seedId } from './ids';

const TIERS: Record<string, UnitTier> = { L: 'LAGGING', A: 'AVERAGE', V: 'ADVANCED' };

/** Days before today that the unit tree was entered into the portal. */
export const UNITS_CREATED_DAYS_AGO = 1200;

function tiersOf(code: TierCode): { baseline: UnitTier; now: UnitTier } {
  const [baseline, now = baseline] = code.split('>');
  return { baseline: TIERS[baseline], now: TIERS[now] };
}

function reasonFor(name: string, from: UnitTier, to: UnitTier): string {
  if (from === 'LAGGING' && to === 'AVERAGE') {
    return `${name}按整改方案完成全部整改任务，班子软弱涣散问题得到解决，经镇（街道）党（工）委考评、县委组织部审核，由后进转化为一般。`;
  }
  if (from === 'LAGGING') {
    return `${name}选优配强带头人后面貌一新，整改提高成效明显，群众评议满意，经考评由后进晋位为先进。`;
  }
  return `${name}对标先进、比学赶超，党建品牌创建亮点突出，经考评由一般提升为先进。`;
}

/** Builds the unit tree (county → towns → grassroots) and this year's tier changes. */
export function buildUnits(ctx: SeedContext): void {
  const { clock, rows } = ctx;
  const createdAt = clock.at(-UNITS_CREATED_DAYS_AGO * DAY);
  const changed: { id: string; name: string; from: UnitTier; to: UnitTier }[] = [];

  const add = (seed: UnitSeed, parent: { id: string; path: string } | null) => {
    const [name, kind, code, form] = seed;
    const id = seedId(`unit:${name}`);
    const path = `${parent ? parent.path : '/'}${id}/`;
    const { baseline, now } = tiersOf(code);
    rows.units.push({
      id,
      name,
      kind,
      tier: now,
      branchForm: form ?? null,
      parentId: parent ? parent.id : null,
      path,
      baselineTier: baseline,
      createdAt,
      updatedAt: createdAt,
    });
    ctx.unitsByName.set(name, { id, name, kind });
    if (baseline !== now) {
      changed.push({ id, name, from: baseline, to: now });
    }
    return { id, path };
  };

  const county = add([COUNTY_COMMITTEE, 'COUNTY_COMMITTEE', 'V'], null);
  for (const seed of COUNTY_UNITS) {
    add(seed, county);
  }
  for (const town of TOWNS) {
    const kind: UnitKind = 'TOWN_COMMITTEE';
    const townRef = add([town.name, kind, town.tier], county);
    for (const seed of town.children) {
      add(seed, townRef);
    }
  }

  // Tier changes are spread over this year, from 1 January up to yesterday.
  const yearStart = clock.offset(`${clock.year}-01-01`);
  const span = -yearStart;
  changed.forEach((c, k) => {
    const day = yearStart + Math.floor((span * (k + 1)) / (changed.length + 1));
    const moment = Math.min(day, -1) * DAY + 60 + k;
    const at = clock.at(Math.max(moment, yearStart * DAY + 60 + k));
    rows.unitTierChanges.push({
      id: seedId(`tier:${c.name}:1`),
      unitId: c.id,
      fromTier: c.from,
      toTier: c.to,
      reason: reasonFor(c.name, c.from, c.to),
      changedBy: ctx.userIds.leader,
      changedAt: at,
    });
    const unit = rows.units.find((u) => u.id === c.id);
    if (unit) {
      unit.updatedAt = at;
    }
  });
}
