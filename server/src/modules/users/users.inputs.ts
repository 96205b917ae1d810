import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { Role as RoleValue } from '@flagship/drizzle';
import { Role } from '../../core/enums';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '搜索词不能超过 50 个字' })
  search?: string | null;

  @Field(() => [Role], { nullable: true })
  role?: RoleValue[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: '登录名：字母、数字、下划线或短横线，3–32 位' })
  @Length(3, 32, { message: '用户名应为 3 到 32 个字符' })
  username!: string;

  @Field(() => String)
  @Length(1, 50, { message: '姓名应为 1 到 50 个字' })
  displayName!: string;

  @Field(() => Role)
  role!: RoleValue;

  @Field(() => ID, { nullable: true, description: '所属单位（创建单位用户必填）' })
  unitId?: string | null;

  @Field(() => String, { description: '初始密码，至少 8 位' })
  @Length(8, 200, { message: '密码至少 8 位' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50, { message: '姓名应为 1 到 50 个字' })
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  role?: RoleValue | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属单位；不传则不变，传 null 则不再属于任何单位（创建单位用户必须有单位）',
  })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '停用后该用户的会话立即失效' })
  disabled?: boolean | null;
}
