import { describe, expect, it } from 'vitest';
import { emptyCaseForm, formToInput, type CaseForm } from './case-form-model';
import { validateCase } from './case-rules';

function filled(patch: Partial<CaseForm> = {}): CaseForm {
  return {
    ...emptyCaseForm(2026),
    title: '党旗引航：网格里的红色管家',
    summary: '以网格为单元，党员包片服务群众。',
    background: '村里外出务工多，留守老人多',
    practice: '- 划分网格\n- 党员包户',
    results: '群众满意度 98%',
    lessons: '把支部建在网格上',
    ...patch,
  };
}

describe('case rules', () => {
  it('accepts a complete case', () => {
    expect(validateCase(filled(), 2026)).toEqual({});
  });

  it('asks for every template section and the title and summary, in Chinese', () => {
    const problems = validateCase(emptyCaseForm(2026), 2026);
    expect(problems).toMatchObject({
      title: '请填写标题',
      summary: '请填写摘要',
      background: '请填写背景',
      practice: '请填写做法',
      results: '请填写成效',
      lessons: '请填写经验启示',
    });
    expect(validateCase(filled({ practice: ' \n\n  ' }), 2026).practice).toBe('请填写做法');
  });

  it('applies the server’s limits: 60-character title counted as a reader counts, 10 tags of 12, years', () => {
    expect(validateCase(filled({ title: '𠀀'.repeat(60) }), 2026).title).toBeUndefined();
    expect(validateCase(filled({ title: '字'.repeat(61) }), 2026).title).toContain('不能超过 60 个字');
    expect(validateCase(filled({ summary: '字'.repeat(301) }), 2026).summary).toContain('300');
    const tags = Array.from({ length: 11 }, (_, i) => `标签${i}`);
    expect(validateCase(filled({ tags }), 2026).tags).toBe('标签最多 10 个');
    expect(validateCase(filled({ tags: ['一二三四五六七八九十一二三'] }), 2026)['tags.0']).toContain('12');
    expect(validateCase(filled({ year: 2027 }), 2026).year).toBe('年份应在 2000 年到 2026 年之间');
    expect(validateCase(filled({ year: null }), 2026).year).toBeDefined();
    expect(validateCase(filled({ background: '字'.repeat(20001) }), 2026).background).toContain('太长');
  });

  it('sends sections as HTML, trimmed tags, no empty choices, and the new photos to link', () => {
    const input = formToInput(
      filled({
        tags: [' 网格 ', ''],
        newPhotos: [{ id: 'a1', url: '/files/a1', filename: 'a.jpg' }],
        coverAttachmentId: 'a1',
      }),
    );
    expect(input.practice).toBe('<ul><li>划分网格</li><li>党员包户</li></ul>');
    expect(input.tags).toEqual(['网格']);
    expect(input.level).toBeNull();
    expect(input.brandId).toBeNull();
    expect(input.attachmentIds).toEqual(['a1']);
    expect(input.coverAttachmentId).toBe('a1');
  });
});
