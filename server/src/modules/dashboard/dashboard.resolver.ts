import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { dashboard, showcaseFigures } from './dashboard.service';
import { Dashboard, ShowcaseFigures } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Query(() => Dashboard, { description: '品牌创建驾驶舱（登录用户；创建单位只能看本单位）；unitId 为空时为全县' })
  dashboard(@Ctx() ctx: Context, @Arg('unitId', () => ID, { nullable: true }) unitId?: string): Promise<Dashboard> {
    return dashboard(ctx, unitId);
  }

  @Query(() => ShowcaseFigures, { description: '首页展示的全县数据（公开，无需登录）' })
  showcaseFigures(@Ctx() ctx: Context): Promise<ShowcaseFigures> {
    return showcaseFigures(ctx);
  }
}
