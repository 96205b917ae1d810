import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from './errors';
import { coercionFields, formatError } from './format-error';

describe('formatError', () => {
  it('keeps the code, Chinese message and fields of a domain error', () => {
    const error = new GraphQLError('x', {
      path: ['createBrand'],
      originalError: new AppError('BAD_USER_INPUT', '请填写名称', { name: '请填写名称' }),
    });
    expect(formatError({ message: 'x' }, error)).toMatchObject({
      message: '请填写名称',
      extensions: { code: 'BAD_USER_INPUT', fields: { name: '请填写名称' } },
    });
  });

  it('masks anything unexpected: no stack, no SQL, a Chinese message', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new GraphQLError('select * from users failed', {
      path: ['brands'],
      originalError: new Error('relation "users" does not exist'),
    });
    const out = formatError(
      { message: error.message, path: ['brands'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(out).toEqual({
      message: '服务器内部错误，请稍后再试',
      path: ['brands'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('turns a variable graphql-js cannot coerce into a Chinese message on the field', () => {
    expect(
      coercionFields('Variable "$input" got invalid value "2025-02-30" at "input.startDate"; 日期格式应为 YYYY-MM-DD'),
    ).toEqual({ message: '输入有误：日期格式应为 YYYY-MM-DD', fields: { startDate: '日期格式应为 YYYY-MM-DD' } });
    expect(
      coercionFields(
        'Variable "$input" got invalid value "X" at "input.category"; Value "X" does not exist in "BrandCategory" enum.',
      ),
    ).toEqual({ message: '输入有误：取值无效', fields: { category: '取值无效' } });
    expect(
      coercionFields(
        'Variable "$input" got invalid value { } at "input"; Field "name" of required type "String!" was not provided.',
      ),
    ).toEqual({ message: '输入有误：此项必填', fields: { input: '此项必填' } });
    expect(coercionFields('Something else')).toBeNull();
  });

  it('answers a unique-key race with CONFLICT instead of an internal error', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    const error = new GraphQLError('Failed query', {
      path: ['createBrand'],
      originalError: Object.assign(new Error('Failed query: insert into brands'), { cause: driverError }),
    });
    expect(formatError({ message: error.message, path: ['createBrand'] }, error)).toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });
});
