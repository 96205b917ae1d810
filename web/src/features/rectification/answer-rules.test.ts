import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { answerProblem, CONFLICT_MESSAGE, failureOf, verdictProblem } from './answer-rules';

const answer = (over: Partial<Parameters<typeof answerProblem>[0]>) =>
  answerProblem({ status: 'DONE', note: '', attachmentCount: 0, uploading: false, ...over });

describe('the unit’s answer', () => {
  it('may move to 整改中 without a note', () => {
    expect(answer({ status: 'IN_PROGRESS' })).toBeNull();
  });

  it('needs a note to be marked done, and evidence or a note of ten characters', () => {
    expect(answer({ note: '  ' })).toMatch('须填写整改说明');
    expect(answer({ note: '已整改' })).toBe('请上传佐证材料，或将整改说明写到不少于 10 个字');
    expect(answer({ note: '已整改', attachmentCount: 1 })).toBeNull();
    expect(answer({ note: '已更换全部破损的标识牌' })).toBeNull();
  });

  it('waits for uploads and refuses a note that is too long', () => {
    expect(answer({ note: '已更换全部破损的标识牌', uploading: true })).toMatch('文件还在上传');
    expect(answer({ status: 'IN_PROGRESS', note: '字'.repeat(2001) })).toBe('整改说明不能超过 2000 个字');
    expect(answer({ status: null })).toBe('请选择整改状态');
  });
});

describe('the inspector’s verdict', () => {
  it('needs a reason to send an item back, none to accept it', () => {
    expect(verdictProblem(false, ' ')).toMatch('须说明理由');
    expect(verdictProblem(false, '照片看不清')).toBeNull();
    expect(verdictProblem(true, '')).toBeNull();
  });
});

describe('a refusal from the server', () => {
  const refused = (code: string, message: string, fields?: Record<string, string>) =>
    new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, fields } })] });

  it('explains a stale version as someone else’s change', () => {
    expect(failureOf(refused('CONFLICT', '整改事项已被他人修改'))).toEqual({
      message: CONFLICT_MESSAGE,
      conflict: true,
    });
  });

  it('shows the server’s field message, else its message', () => {
    expect(failureOf(refused('BAD_USER_INPUT', '输入有误', { note: '标记"已整改"须填写整改说明' }))).toEqual({
      message: '标记"已整改"须填写整改说明',
      conflict: false,
    });
    expect(failureOf(refused('INVALID_TRANSITION', '整改事项不能从「已核验」改为「整改中」')).message).toBe(
      '整改事项不能从「已核验」改为「整改中」',
    );
  });
});
