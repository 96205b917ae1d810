import type { CreateUserInput, Role, UpdateUserInput } from '../../../gql/graphql';

/** The account form (新建用户 and 修改用户). */
export interface UserForm {
  username: string;
  displayName: string;
  role: Role | '';
  unitId: string;
  password: string;
}

export const ROLES: Role[] = ['UNIT', 'LEADER', 'INSPECTOR', 'ADMIN'];
export const USERNAME_PATTERN = /^[A-Za-z0-9_-]{3,32}$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 50;

/** What each role does, shown beside the role choice. */
export const ROLE_HINT: Record<Role, string> = {
  UNIT: '本单位的品牌、方案、自查和整改（须选所属单位）',
  LEADER: '审核方案和案例、推进阶段和级别、驾驶舱',
  INSPECTOR: '督促检查、抽查、整改核验',
  ADMIN: '单位、用户和检查表的管理',
};

export function emptyUserForm(): UserForm {
  return { username: '', displayName: '', role: '', unitId: '', password: '' };
}

/** The password rules the server applies, each with whether the typed password meets it. */
export function passwordRules(password: string): { text: string; met: boolean }[] {
  return [
    { text: `至少 ${PASSWORD_MIN} 位`, met: password.length >= PASSWORD_MIN },
    { text: `不超过 ${PASSWORD_MAX} 位`, met: password.length <= PASSWORD_MAX },
  ];
}

/** Why a password cannot be used, or undefined. */
export function passwordProblem(password: string): string | undefined {
  if (!password) {
    return '请填写密码';
  }
  return passwordRules(password).every((r) => r.met) ? undefined : `密码应为 ${PASSWORD_MIN} 到 ${PASSWORD_MAX} 位`;
}

/** The server's rules for a name, a role and a unit (users.service.ts), with its messages. */
function checkCommon(form: UserForm, errors: Record<string, string>): void {
  const name = form.displayName.trim();
  if (!name) {
    errors.displayName = '请填写姓名';
  } else if (name.length > DISPLAY_NAME_MAX) {
    errors.displayName = `姓名应为 1 到 ${DISPLAY_NAME_MAX} 个字`;
  }
  if (!form.role) {
    errors.role = '请选择角色';
  }
  if (form.role === 'UNIT' && !form.unitId) {
    errors.unitId = '创建单位用户须选择所属单位';
  }
}

/** Problems of a new account, field by field. */
export function validateNewUser(form: UserForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.username) {
    errors.username = '请填写用户名';
  } else if (!USERNAME_PATTERN.test(form.username)) {
    errors.username = '用户名只能包含字母、数字、下划线或短横线，3–32 位';
  }
  checkCommon(form, errors);
  const password = passwordProblem(form.password);
  if (password) {
    errors.password = password;
  }
  return errors;
}

/** Problems of a changed account (name, role, unit). */
export function validateUserChange(form: UserForm): Record<string, string> {
  const errors: Record<string, string> = {};
  checkCommon(form, errors);
  return errors;
}

/** What `createUser` is sent. */
export function newUserInput(form: UserForm): CreateUserInput {
  return {
    username: form.username,
    displayName: form.displayName.trim(),
    role: form.role as Role,
    unitId: form.unitId || null,
    password: form.password,
  };
}

/** The account as the edit form holds it. */
export function formOfUser(user: {
  username: string;
  displayName: string;
  role: Role;
  unit?: { id: string } | null;
}): UserForm {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unit?.id ?? '',
    password: '',
  };
}

/** What `updateUser` is sent: only what changed; null when nothing did. */
export function userChanges(before: UserForm, after: UserForm): UpdateUserInput | null {
  const input: UpdateUserInput = {};
  if (after.displayName.trim() !== before.displayName) {
    input.displayName = after.displayName.trim();
  }
  if (after.role && after.role !== before.role) {
    input.role = after.role;
  }
  if (after.unitId !== before.unitId) {
    input.unitId = after.unitId || null;
  }
  return Object.keys(input).length ? input : null;
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

/**
 * A temporary password of 12 letters and digits without look-alikes (0/O, 1/l/I), from the browser's CSPRNG;
 * it always holds a letter and a digit.
 */
export function generatePassword(
  random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n)),
): string {
  const v = [...random(13)];
  const chars = [LETTERS[v[0] % LETTERS.length], ...v.slice(1, 11).map((x) => ALPHABET[x % ALPHABET.length])];
  chars.splice(v[12] % 12, 0, DIGITS[v[11] % DIGITS.length]);
  return chars.join('');
}
