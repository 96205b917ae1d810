import { describe, expect, it } from 'vitest';
import { passwordFormErrors, ruleMarks, serverFieldErrors } from './password-form';

describe('passwordFormErrors', () => {
  it('asks for the current password and a new one of at least 8 characters', () => {
    expect(passwordFormErrors({ current: '', next: 'abc', repeat: 'abc' })).toEqual({
      current: '请输入当前密码',
      next: '新密码至少 8 位',
    });
  });

  it('refuses a new password equal to the current one, and a repeat that differs', () => {
    expect(passwordFormErrors({ current: 'demo1234', next: 'demo1234', repeat: 'demo1234' })).toEqual({
      next: '新密码不能与当前密码相同',
    });
    expect(passwordFormErrors({ current: 'demo1234', next: 'newpass99', repeat: 'newpass9' })).toEqual({
      repeat: '两次输入的新密码不一致',
    });
  });

  it('has nothing to say about a good form', () => {
    expect(passwordFormErrors({ current: 'demo1234', next: 'newpass99', repeat: 'newpass99' })).toEqual({});
  });
});

describe('serverFieldErrors', () => {
  it("puts the server's messages on the matching fields", () => {
    expect(serverFieldErrors({ currentPassword: '当前密码不正确' })).toEqual({ current: '当前密码不正确' });
    expect(serverFieldErrors({ newPassword: '新密码至少 8 位' })).toEqual({ next: '新密码至少 8 位' });
    expect(serverFieldErrors(undefined)).toEqual({});
  });
});

describe('ruleMarks', () => {
  it('ticks no rule while the new password is empty (e.g. after a successful change clears the form)', () => {
    expect(ruleMarks('').map((r) => r.met)).toEqual([false, false]);
  });

  it('ticks each rule the typed password meets', () => {
    expect(ruleMarks('short').map((r) => r.met)).toEqual([false, true]);
    expect(ruleMarks('Qingshan2026').map((r) => r.met)).toEqual([true, true]);
  });
});
