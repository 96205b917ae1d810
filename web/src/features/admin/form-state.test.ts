import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { CONFLICT_MESSAGE, rebaseForm, saveFailure, useFormState } from './form-state';

const refused = (code: string, message: string, fields?: Record<string, string>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, fields } })] });

describe('a refused save', () => {
  it('explains a conflict and keeps the server’s words otherwise', () => {
    expect(saveFailure(refused('CONFLICT', '单位已被他人修改'))).toEqual({
      message: CONFLICT_MESSAGE,
      fields: {},
      conflict: true,
    });
    expect(
      saveFailure(refused('BAD_USER_INPUT', '输入有误', { parentId: '不能移动到自己或自己的下级单位之下' })),
    ).toEqual({
      message: '输入有误',
      fields: { parentId: '不能移动到自己或自己的下级单位之下' },
      conflict: false,
    });
    expect(saveFailure(new CombinedError({ networkError: new Error('offline') })).message).toBe(
      '网络连接失败，请检查网络后重试',
    );
  });
});

describe('the form state', () => {
  const validate = (f: { name: string }): Record<string, string> => (f.name ? {} : { name: '请填写名称' });

  it('shows a problem once the field was touched or a save was tried', () => {
    const form = reactive({ name: '' });
    const state = useFormState(form, validate);
    expect(state.errorFor('name')).toBeUndefined();
    state.touch('name');
    expect(state.errorFor('name')).toBe('请填写名称');
    state.reset();
    expect(state.errorFor('name')).toBeUndefined();
    expect(state.attempt()).toBe(false);
    expect(state.errorFor('name')).toBe('请填写名称');
  });

  it('puts the server’s field message beside the field until it changes', () => {
    const form = reactive({ name: 'admin' });
    const state = useFormState(form, validate);
    state.refuse(refused('BAD_USER_INPUT', '输入有误', { name: '该用户名已被使用', other: 'x' }));
    expect(state.errorFor('name')).toBe('该用户名已被使用');
    expect(state.failure.value?.message).toBeNull();
    form.name = 'admin2';
    expect(state.errorFor('name')).toBeUndefined();
  });
});

describe('rebasing a form after a conflict', () => {
  it('keeps what the user changed and takes the rest from the latest version', () => {
    const opened = { name: '桃源村党支部', kind: 'VILLAGE', branchForm: '' };
    const latest = { name: '桃源村党支部', kind: 'VILLAGE', branchForm: 'FUNCTIONAL' };
    const mine = { name: '桃源村党总支', kind: 'VILLAGE', branchForm: '' };
    expect(rebaseForm(opened, latest, mine)).toEqual({
      name: '桃源村党总支',
      kind: 'VILLAGE',
      branchForm: 'FUNCTIONAL',
    });
    const both = { ...mine, branchForm: 'JOINT' };
    expect(rebaseForm(opened, latest, both).branchForm).toBe('JOINT');
  });
});
