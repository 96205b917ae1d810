import type { SeedContext } from './context';
import { DAY } from './dates';
import { BRANDS } from './data/people';
import type { BrandSeed } from './data/types';
import { seedId } from './ids';

/**
 * The weighting rule of a spot-check draw, in words (stored with the draw): the same words the server records
 * for a draw (server/src/modules/spot-checks/spot-check-draw.ts), so the demo draw reads like a real one.
 */
export const DRAW_RULE =
  '候选范围：处于培育、创建、验收、命名、推广阶段且没有待完成抽查的品牌，按品牌编号排序；' +
  '权重：基础 1，所属单位为后进等次 +2、一般等次 +1，健康度为红色 +2；' +
  '以种子初始化 mulberry32 伪随机数，按权重不放回抽取，同一种子、同一候选范围抽取结果相同。';
/** Why a brand weighs what it does, worded as the server words it. */
export const DRAW_REASONS = {
  base: '基础权重 1',
  lagging: '所属单位为后进等次 +2',
  average: '所属单位为一般等次 +1',
  red: '健康度为红色 +2',
} as const;
/** The seed of the demo draw and how many brands it picks. */
export const DRAW_SEED = 20_260_059;
export const DRAW_COUNT = 4;
/** The draw was made this many days ago; its first two brands have been checked since. */
export const DRAW_DAYS_AGO = 4;
const SHOWCASE = new Set(['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED']);

/** mulberry32: a small seeded PRNG, so a draw can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Is a brand's health red on a day: two or more overdue milestones, or one overdue by more than 30 days? */
function isRed(ctx: SeedContext, brandId: string, day: string): boolean {
  const late = ctx.rows.milestones.filter((m) => m.brandId === brandId && m.dueDate < day && m.status !== 'DONE');
  const worst = late.reduce((max, m) => Math.max(max, -ctx.clock.offset(m.dueDate) + ctx.clock.offset(day)), 0);
  return late.length >= 2 || worst > 30;
}

/**
 * Records the inspector's spot-check draw of a few days ago over the showcase brands: weighted by the unit's
 * tier and the brand's health, picked one by one without replacement with mulberry32(seed).
 * Returns the drawn brands with their draw item ids, in draw order.
 */
export function buildDraw(ctx: SeedContext): { brand: BrandSeed; itemId: string }[] {
  const { clock, rows } = ctx;
  const moment = -DRAW_DAYS_AGO * DAY + 30;
  const day = clock.day(moment);
  const drawId = seedId('draw:1');
  const candidates = BRANDS.filter((b) => SHOWCASE.has(b.stage)).map((brand) => {
    const brandId = seedId(`brand:${brand.name}`);
    const tier = rows.units.find((u) => u.name === brand.unit)?.tier;
    const reasons: string[] = [DRAW_REASONS.base];
    let weight = 1;
    if (tier === 'LAGGING') {
      weight += 2;
      reasons.push(DRAW_REASONS.lagging);
    } else if (tier === 'AVERAGE') {
      weight += 1;
      reasons.push(DRAW_REASONS.average);
    }
    if (isRed(ctx, brandId, day)) {
      weight += 2;
      reasons.push(DRAW_REASONS.red);
    }
    return { brand, brandId, weight, reasons };
  });
  rows.spotCheckDraws.push({
    id: drawId,
    seed: DRAW_SEED,
    count: DRAW_COUNT,
    rule: DRAW_RULE,
    candidates: candidates.length,
    drawnBy: ctx.userIds.inspector,
    createdAt: clock.at(moment),
  });
  const random = mulberry32(DRAW_SEED);
  const pool = [...candidates];
  const drawn: { brand: BrandSeed; itemId: string }[] = [];
  for (let position = 0; position < DRAW_COUNT && pool.length > 0; position += 1) {
    let r = random() * pool.reduce((sum, c) => sum + c.weight, 0);
    let k = 0;
    while (k < pool.length - 1 && r >= pool[k].weight) {
      r -= pool[k].weight;
      k += 1;
    }
    const [c] = pool.splice(k, 1);
    const itemId = seedId(`draw:1:item:${position}`);
    rows.spotCheckDrawItems.push({
      id: itemId,
      drawId,
      brandId: c.brandId,
      unitId: ctx.unit(c.brand.unit).id,
      weight: c.weight,
      reasons: c.reasons,
      position,
      inspectionId: null,
      done: false,
    });
    drawn.push({ brand: c.brand, itemId });
  }
  return drawn;
}
