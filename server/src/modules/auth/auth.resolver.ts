import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { toUser, User } from '../users/users.types';
import { login, logout } from './auth.service';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: '当前登录用户；未登录时为 null' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.viewer) {
      return null;
    }
    const row = await ctx.loaders.userById.load(ctx.viewer.id);
    return row ? toUser(row) : null;
  }

  @Mutation(() => User, { description: '登录：成功后设置会话 Cookie' })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return toUser(await login(ctx, username, password));
  }

  @Mutation(() => Boolean, { description: '退出登录：在服务器端结束会话' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }
}
