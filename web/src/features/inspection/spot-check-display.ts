import { inspectionFormPath } from './paths';

/**
 * The spot-check draw explained in plain Chinese, as the server does it (server/src/modules/spot-checks:
 * spot-check-draw.ts weigh/drawWeighted, spot-checks.repository.ts drawCandidates, brands/brand-rules.ts healthOf).
 */

/** The server's limit on one draw. */
export const MAX_DRAW = 50;
/** Seeds are whole numbers the server keeps as a 32-bit integer. */
export const MAX_SEED = 2 ** 31 - 1;

export const WEIGHT_RULES: readonly { title: string; text: string }[] = [
  {
    title: '谁参加抽签',
    text: '处于培育、创建、验收、命名、推广阶段的品牌；申报、撤销阶段的品牌不参加。已被抽中但还没有完成抽查的品牌，在完成检查前不再参加抽签。',
  },
  {
    title: '权重怎么算',
    text: '每个品牌基础权重 1；所属单位为“后进”等次的 +2，“一般”等次的 +1，“先进”不加；品牌健康度为红色（预警）的再 +2。所以权重在 1 到 5 之间。',
  },
  {
    title: '权重意味着什么',
    text: '每抽一个，各候选品牌被抽中的机会与权重成正比：权重 5 的品牌被抽中的机会约是权重 1 的 5 倍。抽中的品牌从候选中拿走再抽下一个，同一次不会重复；候选不够时全部抽中。',
  },
  {
    title: '健康度为红色',
    text: '有 2 个及以上创建计划节点逾期，或有节点逾期超过 30 天，或有整改事项逾期，或最近一次督查得分率低于 60%。',
  },
  {
    title: '随机种子与复核',
    text: '抽签用“随机种子”驱动伪随机数（mulberry32），候选品牌先按编号排好。不填种子时系统随机选一个并记录下来。同一种子、同一候选范围，抽中的品牌完全相同——任何人都可以用记录的种子复核。注意：抽中的品牌在检查前不再是候选，所以紧接着用同一种子再抽，结果会不同。',
  },
];

/** The count typed in, or why it cannot be drawn. */
export function parseCount(value: number | null | undefined): { count: number } | { error: string } {
  if (value === null || value === undefined || !Number.isInteger(value) || value < 1 || value > MAX_DRAW) {
    return { error: `抽取数量应为 1 到 ${MAX_DRAW} 之间的整数` };
  }
  return { count: value };
}

/** The seed typed in: empty means "let the server choose one"; else a whole number from 0 to 2147483647. */
export function parseSeed(text: string): { seed: number | null } | { error: string } {
  const t = text.trim();
  if (t === '') {
    return { seed: null };
  }
  if (!/^\d{1,10}$/.test(t) || Number(t) > MAX_SEED) {
    return { error: `种子应为 0 到 ${MAX_SEED} 之间的整数，或留空由系统随机选取` };
  }
  return { seed: Number(t) };
}

/** The weight of a drawn brand as a bar's share of the largest possible weight (5). */
export function weightShare(weight: number): number {
  return Math.max(0, Math.min(100, Math.round((weight / 5) * 100)));
}

/** The inspection form for a drawn brand, prefilled for a spot check (不定期抽查). */
export function spotCheckFormPath(item: { unit: { id: string }; brand: { id: string } }): string {
  return inspectionFormPath({ unitId: item.unit.id, brandId: item.brand.id, kind: 'SPOT' });
}
