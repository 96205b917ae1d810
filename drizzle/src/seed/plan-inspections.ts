import type { BrandStage, InspectionKind } from '../tables/enums';
import type { SeedContext } from './context';
import { DAY } from './dates';
import { BRANDS } from './data/people';
import type { BrandSeed } from './data/types';
import { seedId } from './ids';
import { scheduleOf } from './schedule';

/** One inspection the seed will record: who is inspected, how and on which day (offset from today). */
export interface PlannedInspection {
  key: string;
  kind: InspectionKind;
  /** The brand inspected, or null for a lagging unit inspected with the 整顿转化 checklist. */
  brand: BrandSeed | null;
  brandId: string | null;
  unitName: string;
  day: number;
  /** Which REGULAR round (1–3) it belongs to, if any. */
  round: number | null;
  /** The spot-check draw item it answers. */
  drawItemId: string | null;
}

/** Quarterly 定期检查 rounds (day offsets); each round spreads over 15 days. */
export const ROUNDS = [-240, -135, -30];
/** Rounds in which units also inspect themselves (自查自纠) earlier in the same month. */
const SELF_ROUNDS = [2, 3];
const BUILDING_STAGES: BrandStage[] = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE'];

/** Inspections outside the rounds: units' consolidation self-checks, lagging units, earlier spot checks. */
const EXTRA: [target: string, kind: InspectionKind, day: number][] = [
  ['党组织书记“能力素质提升工程”', 'SELF', -280],
  ['unit:西关村党支部', 'REGULAR', -265],
  ['社区“书记工作室”', 'SPOT', -250],
  ['“党员中心户”联户服务', 'SELF', -215],
  ['基层组织建设“美丽工程”', 'SPOT', -200],
  ['unit:河西村党支部', 'REGULAR', -185],
  ['“抱团发展”联合党建', 'SPOT', -170],
  ['猕猴桃产业“支部＋合作社＋农户”', 'SELF', -160],
  ['unit:东关村党支部', 'REGULAR', -115],
  ['“党旗引航”工程', 'SPOT', -100],
  ['“老支书”调解工作法', 'SELF', -88],
  ['桃源村“农家党校”', 'SPOT', -75],
  ['unit:石桥村党支部', 'REGULAR', -60],
  ['基层组织建设“美丽工程”', 'SPOT', -55],
];

/** The stage a brand was in on a day. */
export function stageOn(brand: BrandSeed, day: number): BrandStage | null {
  const s = scheduleOf(brand, BRANDS.indexOf(brand));
  let stage: BrandStage | null = null;
  for (const st of s.stages) {
    if (st.day <= day) {
      stage = st.stage;
    }
  }
  return stage;
}

function brandNamed(name: string): BrandSeed {
  const brand = BRANDS.find((b) => b.name === name);
  if (!brand) {
    throw new Error(`demo seed: unknown brand "${name}"`);
  }
  return brand;
}

/**
 * Plans every inspection of the last ten months, oldest first: three REGULAR rounds over the brands being built,
 * SELF inspections in the same month as the last two rounds, the EXTRA ones and the two SPOT inspections that
 * answer the spot-check draw (`drawSpots`: brand and draw item id, a few days ago).
 */
export function planInspections(ctx: SeedContext, drawSpots: { brand: BrandSeed; itemId: string }[]) {
  const { clock } = ctx;
  const planned: PlannedInspection[] = [];
  const counts = new Map<string, number>();
  const add = (brand: BrandSeed | null, unitName: string, kind: InspectionKind, day: number, round: number | null) => {
    const target = brand ? brand.name : unitName;
    const n = (counts.get(`${target}:${kind}`) ?? 0) + 1;
    counts.set(`${target}:${kind}`, n);
    const p: PlannedInspection = {
      key: `${target}:${kind}:${n}`,
      kind,
      brand,
      brandId: brand ? seedId(`brand:${brand.name}`) : null,
      unitName,
      day,
      round,
      drawItemId: null,
    };
    planned.push(p);
    return p;
  };

  ROUNDS.forEach((start, r) => {
    const round = r + 1;
    const due = BRANDS.filter((b) => {
      if (b.stage === 'WITHDRAWN') {
        return false;
      }
      const s = scheduleOf(b, BRANDS.indexOf(b));
      const stage = stageOn(b, start);
      return stage !== null && BUILDING_STAGES.includes(stage) && s.stages[1] && s.stages[1].day <= start - 10;
    });
    due.forEach((brand, k) => {
      const day = start + ((k * 7) % 15);
      if (SELF_ROUNDS.includes(round) && stageOn(brand, day) === 'BUILDING') {
        const monthStart = clock.offset(`${clock.day(day * DAY).slice(0, 8)}01`);
        add(brand, brand.unit, 'SELF', Math.max(monthStart, day - 6), round);
      }
      add(brand, brand.unit, 'REGULAR', day, round);
    });
  });
  for (const [target, kind, day] of EXTRA) {
    if (target.startsWith('unit:')) {
      add(null, target.slice(5), kind, day, null);
    } else {
      const brand = brandNamed(target);
      add(brand, brand.unit, kind, day, null);
    }
  }
  drawSpots.forEach(({ brand, itemId }, k) => {
    add(brand, brand.unit, 'SPOT', -3 + k, null).drawItemId = itemId;
  });
  return planned.sort((a, b) => a.day - b.day || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
