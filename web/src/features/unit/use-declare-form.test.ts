import type { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { declareInput, useDeclareForm, validateDeclare } from './use-declare-form';

const serverError = (fields: Record<string, string>) =>
  ({ graphQLErrors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields } }] }) as unknown as CombinedError;

describe('declaring a brand', () => {
  it('wants a name, a summary and a category, within the server’s lengths', () => {
    expect(validateDeclare({ name: ' ', slogan: '', summary: '', category: '' })).toEqual({
      name: '请填写品牌名称',
      summary: '请填写品牌简介',
      category: '请选择品牌类别',
    });
    expect(
      validateDeclare({ name: '名'.repeat(61), slogan: '口'.repeat(101), summary: '简介', category: 'SERVICE' }),
    ).toEqual({
      name: '品牌名称应为 1 到 60 个字',
      slogan: '口号不能超过 100 个字',
    });
  });

  it('sends trimmed text and no empty slogan', () => {
    expect(declareInput({ name: ' 红色管家 ', slogan: ' ', summary: ' 网格 ', category: 'SERVICE' })).toEqual({
      name: '红色管家',
      slogan: null,
      summary: '网格',
      category: 'SERVICE',
    });
  });

  it('shows a field’s problem once touched or tried, and the server’s message until the field changes', () => {
    const f = useDeclareForm();
    expect(f.errorFor('name')).toBeUndefined();
    f.touch('name');
    expect(f.errorFor('name')).toBe('请填写品牌名称');
    Object.assign(f.form, { name: '党旗红', summary: '简介', category: 'OTHER' });
    f.setServerError(serverError({ name: '已有同名品牌，请换一个名称' }), '申报失败');
    expect(f.errorFor('name')).toBe('已有同名品牌，请换一个名称');
    expect(f.general.value).toBeNull();
    f.form.name = '党旗更红';
    expect(f.errorFor('name')).toBeUndefined();
    f.setServerError(undefined, '网络连接失败');
    expect(f.general.value).toBe('网络连接失败');
    f.reset();
    expect(f.form.name).toBe('');
  });
});
