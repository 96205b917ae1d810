import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { caseContentOf } from './case-input';
import { caseInput } from './case-test-helpers';
import type { ModelCaseInput } from './cases.inputs';

const TODAY = '2025-06-15';

function problems(overrides: Record<string, unknown>): Record<string, string> {
  try {
    caseContentOf(caseInput(overrides) as ModelCaseInput, TODAY);
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
      return error.fields ?? {};
    }
    throw error;
  }
  return {};
}

describe('caseContentOf', () => {
  it('normalises a valid input: trimmed text, sanitised sections, clean tags', () => {
    const content = caseContentOf(
      caseInput({
        title: '  党旗引航  ',
        practice: '<p onclick="x()">做法<script>alert(1)</script></p>',
        tags: [' 党员服务 ', '党员服务', '乡村振兴'],
        level: null,
      }) as ModelCaseInput,
      TODAY,
    );
    expect(content).toMatchObject({
      title: '党旗引航',
      practice: '<p>做法</p>',
      tags: ['党员服务', '乡村振兴'],
      level: null,
      year: 2024,
    });
  });

  it('requires a title of 1–60 characters, counting Chinese characters as one', () => {
    expect(problems({ title: '   ' })).toEqual({ title: '请填写标题' });
    expect(problems({ title: '党'.repeat(60) })).toEqual({});
    expect(problems({ title: '党'.repeat(61) })).toEqual({ title: '标题不能超过 60 个字' });
  });

  it('requires a summary of 1–300 characters', () => {
    expect(problems({ summary: '' })).toEqual({ summary: '请填写摘要' });
    expect(problems({ summary: '字'.repeat(301) })).toEqual({ summary: '摘要不能超过 300 个字' });
  });

  it('requires each section to have words, and at most 20000 characters of HTML', () => {
    expect(problems({ background: '' })).toEqual({ background: '请填写背景' });
    expect(problems({ practice: '<p> </p><br>' })).toEqual({ practice: '请填写做法' });
    expect(problems({ results: '<script>alert("成效")</script>' })).toEqual({ results: '请填写成效' });
    expect(problems({ lessons: `<p>${'字'.repeat(20001)}</p>` })).toEqual({
      lessons: '经验启示不能超过 20000 个字符（含格式标记）',
    });
    expect(problems({ lessons: `<p>${'字'.repeat(19990)}</p>` })).toEqual({});
  });

  it('allows at most 10 distinct tags of 1–12 characters each', () => {
    expect(problems({ tags: [] })).toEqual({});
    expect(problems({ tags: ['甲', ' '] })).toEqual({ 'tags.1': '标签不能为空' });
    expect(problems({ tags: ['一二三四五六七八九十一二三'] })).toEqual({ 'tags.0': '每个标签不能超过 12 个字' });
    const eleven = Array.from({ length: 11 }, (_, i) => `标签${i}`);
    expect(problems({ tags: eleven })).toEqual({ tags: '标签最多 10 个' });
    expect(problems({ tags: [...eleven.slice(0, 10), '标签0'] })).toEqual({});
  });

  it('takes a year between 2000 and the current year', () => {
    expect(problems({ year: 1999 })).toEqual({ year: '年份应在 2000 年到 2025 年之间' });
    expect(problems({ year: 2026 })).toEqual({ year: '年份应在 2000 年到 2025 年之间' });
    expect(problems({ year: 2000 })).toEqual({});
    expect(problems({ year: 2025 })).toEqual({});
  });

  it('reports every problem at once, each on its field', () => {
    expect(Object.keys(problems({ title: '', summary: '', year: 3000, brandId: 'nope' })).sort()).toEqual([
      'brandId',
      'summary',
      'title',
      'year',
    ]);
  });
});
