import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { CreateUserInput, UpdateUserInput, UserFilter } from './users.inputs';
import { changeMyPassword, createUser, resetPassword, updateUser, userPage } from './users.service';
import { toUser, User, UserConnection } from './users.types';

@Resolver(() => User)
export class UserAdminResolver {
  @Query(() => UserConnection, { description: '用户列表（管理员）' })
  async users(
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await userPage(ctx, filter, first, after);
    return UserConnection.of({ ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toUser(e.node) })) });
  }

  @Mutation(() => User, { description: '新建用户（管理员）' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return toUser(await createUser(ctx, input));
  }

  @Mutation(() => User, { description: '修改用户姓名、角色、单位或停用（管理员）' })
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    return toUser(await updateUser(ctx, id, version, input));
  }

  @Mutation(() => User, { description: '重置密码（管理员）；该用户需重新登录' })
  async resetPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return toUser(await resetPassword(ctx, id, password));
  }

  @Mutation(() => Boolean, { description: '修改自己的密码；其他设备上的登录随之失效' })
  changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return changeMyPassword(ctx, currentPassword, newPassword);
  }
}
