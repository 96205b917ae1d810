import { asc, eq } from 'drizzle-orm';
import { units, type Database } from '@flagship/drizzle';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { toUnit, Unit } from './units.types';

const PINYIN = new Intl.Collator('zh-CN');

/** Every town / street committee (镇（街道）党委), by the pinyin of its name (a county has a few dozen at most). */
export async function listTowns(db: Database) {
  const rows = await db.select().from(units).where(eq(units.kind, 'TOWN_COMMITTEE')).orderBy(asc(units.name));
  return rows.sort((a, b) => PINYIN.compare(a.name, b.name));
}

/** The towns, public: the brand directory and the public board filter by them. */
@Resolver(() => Unit)
export class TownsResolver {
  @Query(() => [Unit], { description: '镇（街道）党委列表（公开，按名称拼音排序），用于按镇筛选' })
  async towns(@Ctx() ctx: Context): Promise<Unit[]> {
    const rows = await listTowns(ctx.db);
    rows.forEach((r) => ctx.loaders.unitById.prime(r.id, r));
    return rows.map(toUnit);
  }
}
