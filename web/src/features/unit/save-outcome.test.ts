import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { saveFailureOf } from './save-outcome';
import { CONFLICT_MESSAGE } from './use-plan-editor';

const saveFailure = (error: CombinedError | undefined) => saveFailureOf(error, CONFLICT_MESSAGE);

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('a refused save', () => {
  it('is a conflict when the version is stale or the plan has moved on', () => {
    expect(saveFailure(refused('创建方案已被他人修改', { code: 'CONFLICT' }))).toEqual({
      state: { kind: 'conflict', message: CONFLICT_MESSAGE },
      fields: null,
    });
    expect(saveFailure(refused('方案待审核，不能修改', { code: 'INVALID_TRANSITION' })).state).toEqual({
      kind: 'conflict',
      message: '方案待审核，不能修改——请刷新查看最新状态',
    });
  });

  it('hands field errors to the fields and keeps the server’s message', () => {
    const fields = { 'milestones.1.dueDate': '节点完成日期应在方案起止日期之内' };
    expect(saveFailure(refused('节点完成日期应在方案起止日期之内', { code: 'BAD_USER_INPUT', fields }))).toEqual({
      state: { kind: 'failed', message: '节点完成日期应在方案起止日期之内' },
      fields,
    });
  });

  it('says the content is safe when the network failed', () => {
    const offline = new CombinedError({ networkError: new Error('fetch failed') });
    expect(saveFailure(offline).state.message).toBe('网络连接失败，内容已保存在本机，恢复连接后点“立即保存”');
  });
});
