import { describe, expect, it } from 'vitest';
import {
  emptyUserForm,
  formOfUser,
  generatePassword,
  newUserInput,
  passwordProblem,
  passwordRules,
  userChanges,
  validateNewUser,
  validateUserChange,
} from './user-form';

const filled = {
  username: 'taoyuan_01',
  displayName: ' 胡敏霞 ',
  role: 'UNIT' as const,
  unitId: 'u1',
  password: 'qingshan2024',
};

describe('a new account', () => {
  it('asks for every required field', () => {
    expect(validateNewUser(emptyUserForm())).toEqual({
      username: '请填写用户名',
      displayName: '请填写姓名',
      role: '请选择角色',
      password: '请填写密码',
    });
  });

  it('checks the username and password as the server does', () => {
    expect(validateNewUser({ ...filled, username: '胡敏霞' }).username).toBe(
      '用户名只能包含字母、数字、下划线或短横线，3–32 位',
    );
    expect(validateNewUser({ ...filled, username: 'ab' }).username).toBeDefined();
    expect(validateNewUser({ ...filled, password: 'short' }).password).toBe('密码应为 8 到 200 位');
    expect(validateNewUser(filled)).toEqual({});
  });

  it('requires a unit for a creating-unit account only', () => {
    expect(validateNewUser({ ...filled, unitId: '' }).unitId).toBe('创建单位用户须选择所属单位');
    expect(validateNewUser({ ...filled, role: 'LEADER', unitId: '' })).toEqual({});
  });

  it('is sent trimmed, without an empty unit', () => {
    expect(newUserInput({ ...filled, role: 'INSPECTOR', unitId: '' })).toEqual({
      username: 'taoyuan_01',
      displayName: '胡敏霞',
      role: 'INSPECTOR',
      unitId: null,
      password: 'qingshan2024',
    });
  });
});

describe('passwords', () => {
  it('ticks off the rules as they are met', () => {
    expect(passwordRules('abc').map((r) => r.met)).toEqual([false, true]);
    expect(passwordRules('abcdefgh').map((r) => r.met)).toEqual([true, true]);
    expect(passwordProblem('x'.repeat(201))).toBe('密码应为 8 到 200 位');
    expect(passwordProblem('abcdefgh')).toBeUndefined();
  });

  it('generates 12 characters with a letter and a digit and no look-alikes', () => {
    for (let i = 0; i < 50; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[A-Za-z2-9]{12}$/);
      expect(p).toMatch(/[2-9]/);
      expect(p).toMatch(/[A-Za-z]/);
      expect(p).not.toMatch(/[01OIl]/);
      expect(passwordProblem(p)).toBeUndefined();
    }
    const zeros = (n: number) => new Uint32Array(n);
    expect(generatePassword(zeros)).toBe('2AAAAAAAAAAA');
  });
});

describe('changing an account', () => {
  const user = { username: 'unit', displayName: '胡敏霞', role: 'UNIT' as const, unit: { id: 'u1' } };

  it('sends only what changed', () => {
    const before = formOfUser(user);
    expect(userChanges(before, { ...before })).toBeNull();
    expect(userChanges(before, { ...before, displayName: ' 胡敏 ', unitId: 'u2' })).toEqual({
      displayName: '胡敏',
      unitId: 'u2',
    });
    expect(userChanges(before, { ...before, role: 'INSPECTOR' })).toEqual({ role: 'INSPECTOR' });
    expect(userChanges(before, { ...before, role: 'LEADER', unitId: '' })).toEqual({ role: 'LEADER', unitId: null });
  });

  it('keeps the unit rule when the role becomes 创建单位', () => {
    const leader = formOfUser({ ...user, role: 'LEADER', unit: null });
    expect(validateUserChange({ ...leader, role: 'UNIT' }).unitId).toBe('创建单位用户须选择所属单位');
    expect(validateUserChange({ ...leader, displayName: '' }).displayName).toBe('请填写姓名');
  });
});
