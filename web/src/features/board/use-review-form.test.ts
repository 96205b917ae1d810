import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reviewOutcome } from './use-review-form';

function graphQLError(message: string, code: string) {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });
}

describe('the outcome of a rating', () => {
  it('thanks the user when the server accepted it', () => {
    expect(reviewOutcome(null)).toEqual({ kind: 'thanked' });
  });

  it('keeps the server’s Chinese message for the rate limit apart from other errors', () => {
    const limited = graphQLError('您今天已经评议过这个整改事项了', 'RATE_LIMITED');
    expect(reviewOutcome(limited)).toEqual({ kind: 'limited', message: '您今天已经评议过这个整改事项了' });
    expect(reviewOutcome(graphQLError('公开的整改事项不存在', 'NOT_FOUND'))).toEqual({
      kind: 'failed',
      message: '公开的整改事项不存在',
    });
    expect(reviewOutcome(new CombinedError({ networkError: new Error('offline') }))).toEqual({
      kind: 'failed',
      message: '网络连接失败，请检查网络后重试',
    });
  });
});
