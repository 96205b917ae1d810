import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { toUnit, Unit } from '../units/units.types';
import { User } from './users.types';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() user: User, @Ctx() ctx: Context): Promise<Unit | null> {
    if (!user.unitId) {
      return null;
    }
    const row = await ctx.loaders.unitById.load(user.unitId);
    return row ? toUnit(row) : null;
  }
}
