import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reasonError, reviewFailure, settledNote } from './review-decision';

const failed = (code: string, message = '出错了') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('the review decision', () => {
  it('requires a reason to return, within 500 characters', () => {
    expect(reasonError('')).toMatch(/须填写理由/);
    expect(reasonError('   ')).toMatch(/须填写理由/);
    expect(reasonError('请补充成效数据')).toBeNull();
    expect(reasonError('字'.repeat(501))).toMatch(/不能超过 500 个字/);
  });

  it('explains a conflict as someone else having acted, and keeps other messages as the server wrote them', () => {
    expect(reviewFailure(failed('CONFLICT'))).toMatchObject({ conflict: true });
    expect(reviewFailure(failed('CONFLICT')).message).toMatch(
      /^其他人已修改此内容——请刷新查看他们的修改。.*你填写的内容仍保留/,
    );
    expect(reviewFailure(failed('INVALID_TRANSITION', '方案不是待审核状态'))).toEqual({
      message: '方案不是待审核状态（可能已被他人处理，请刷新）',
      conflict: true,
    });
    expect(reviewFailure(failed('FORBIDDEN', '没有权限'))).toEqual({ message: '没有权限', conflict: false });
    expect(reviewFailure(new CombinedError({ networkError: new Error('x') })).message).toMatch(/网络/);
  });

  it('tells the reviewer who acts next when nothing waits for review', () => {
    expect(settledNote('方案', 'APPROVED')).toBe('该方案已通过，无需再审核。');
    expect(settledNote('案例', 'PUBLISHED')).toBe('该案例已发布，无需再审核。');
    expect(settledNote('案例', 'RETURNED')).toBe('该案例已退回，等待创建单位修改后重新提交。');
    expect(settledNote('方案', 'DRAFT')).toBe('该方案还是草稿，创建单位尚未提交审核。');
  });
});
