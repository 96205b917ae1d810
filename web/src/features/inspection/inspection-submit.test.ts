import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { emptyForm, newFinding } from './inspection-form-model';
import { formToInput, NETWORK_FAILURE, resultLocation, submitFailure } from './inspection-submit';

const items = [
  { id: 'a', title: '有名称', section: null, maxScore: 10 },
  { id: 'b', title: '有标识', section: null, maxScore: 10 },
];

const gqlError = (code: string, message: string, fields?: Record<string, string>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, fields } })] });

describe('formToInput', () => {
  it('sends every item in checklist order, trimmed text, the photos and the draft’s request id', () => {
    const form = {
      ...emptyForm({ kind: 'SPOT' as const, unitId: 'u1', brandId: '', date: '2025-06-01' }),
      templateId: 't1',
      scores: { b: { score: 3, note: '  缺少标识  ' }, a: { score: 9, note: ' ' } },
      findings: [
        { ...newFinding('2025-06-01'), problem: ' 标识缺失 ', measure: '制作标识', responsibleName: ' 李四 ' },
      ],
      summary: '',
      photos: [{ id: 'p1', name: 'a.jpg', size: 1, url: '/files/p1', contentType: 'image/jpeg' }],
    };
    expect(formToInput(form, items, 'req-9')).toEqual({
      kind: 'SPOT',
      unitId: 'u1',
      brandId: null,
      date: '2025-06-01',
      templateId: 't1',
      items: [
        { itemId: 'a', score: 9, note: null },
        { itemId: 'b', score: 3, note: '缺少标识' },
      ],
      findings: [
        {
          problem: '标识缺失',
          measure: '制作标识',
          deadline: '2025-07-01',
          responsiblePerson: { name: '李四', title: null, phone: null },
          public: true,
        },
      ],
      attachmentIds: ['p1'],
      summary: null,
      clientRequestId: 'req-9',
    });
  });
});

describe('submitFailure', () => {
  it('treats a lost connection as "not known to be recorded": keep the draft and retry with the same id', () => {
    const network = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(submitFailure(network, [])).toEqual({ kind: 'network', message: NETWORK_FAILURE });
    expect(submitFailure(undefined, []).kind).toBe('network');
  });

  it('puts the server’s field errors onto the form’s fields', () => {
    const error = gqlError('BAD_USER_INPUT', '输入有误', {
      'items.1.score': '得分应在 0 到 10 之间',
      'findings.0.responsiblePerson.name': '请填写整改责任人',
    });
    expect(submitFailure(error, ['a', 'b'])).toEqual({
      kind: 'invalid',
      message: '提交未通过检查，请按提示修改后再提交',
      fields: { 'scores.b': '得分应在 0 到 10 之间', 'findings.0.responsibleName': '请填写整改责任人' },
    });
  });

  it('passes on other refusals in the server’s words, and a used request id as a conflict', () => {
    expect(submitFailure(gqlError('FORBIDDEN', '只能对本单位开展自查'), [])).toEqual({
      kind: 'refused',
      message: '只能对本单位开展自查',
    });
    expect(submitFailure(gqlError('CONFLICT', '请求编号已被使用，请重新提交'), []).kind).toBe('conflict');
  });
});

describe('resultLocation', () => {
  it('goes to the recorded inspection’s page, carrying how many rectification items it raised', () => {
    expect(resultLocation({ id: 'i 1', rectifications: [{ id: 'r1' }, { id: 'r2' }] })).toEqual({
      path: '/workspace/inspections/i%201',
      state: { recorded: 2 },
    });
    expect(resultLocation({ id: 'i2', rectifications: [] }).state).toEqual({ recorded: 0 });
  });
});
