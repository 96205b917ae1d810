import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import type { Role as RoleValue, users } from '@flagship/drizzle';
import { Role } from '../../core/enums';

export type UserRow = typeof users.$inferSelect;

@ObjectType({ description: '用户' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: RoleValue;

  unitId!: string | null;

  @Field(() => Boolean, { description: '已停用' })
  disabled!: boolean;

  @Field(() => Int)
  version!: number;
}

export const UserConnection = Connection('User', User);

/** Maps a user row (never its password hash) to the GraphQL object. */
export function toUser(
  row: Pick<UserRow, 'id' | 'username' | 'displayName' | 'role' | 'unitId' | 'disabled' | 'version'>,
): User {
  return Object.assign(new User(), {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitId: row.unitId,
    disabled: row.disabled,
    version: row.version,
  });
}
