import { describe, expect, it } from 'vitest';
import { emptyForm, newFinding, type InspectionForm } from './inspection-form-model';
import { formPathOf, missingScores, scoreProblem, validateInspection, visibleErrors } from './inspection-rules';

const items = [
  { id: 'a', title: '有名称', section: '五有', maxScore: 10 },
  { id: 'b', title: '有标识', section: '五有', maxScore: 5 },
];
const TODAY = '2025-06-01';

function filled(over: Partial<InspectionForm> = {}): InspectionForm {
  return {
    ...emptyForm({ kind: 'REGULAR', unitId: 'u1', brandId: 'b1', date: '2025-05-30' }),
    templateId: 't1',
    templateVersion: 1,
    scores: { a: { score: 10, note: '' }, b: { score: 0, note: '' } },
    ...over,
  };
}

describe('scoreProblem', () => {
  it('wants a number from 0 to the maximum', () => {
    expect(scoreProblem(null, 10)).toBe('请为此项评分');
    expect(scoreProblem(-1, 10)).toBe('得分应在 0 到 10 之间');
    expect(scoreProblem(10.5, 10)).toBe('得分应在 0 到 10 之间');
    expect(scoreProblem(Number.NaN, 10)).toBe('得分应在 0 到 10 之间');
    expect(scoreProblem(0, 10)).toBeNull();
    expect(scoreProblem(10, 10)).toBeNull();
  });
});

describe('validateInspection', () => {
  it('passes a complete form', () => {
    expect(validateInspection(filled(), items, TODAY)).toEqual({});
  });

  it('asks for the subject, a template and a date not after today', () => {
    const errors = validateInspection(filled({ unitId: '', templateId: '', date: '2025-06-02' }), items, TODAY);
    expect(errors).toMatchObject({
      unitId: '请选择被检查单位',
      templateId: '请选择检查表',
      date: '检查日期不能晚于今天',
    });
    expect(validateInspection(filled({ date: '' }), items, TODAY).date).toBe('请选择检查日期');
  });

  it('lists the items not yet scored and flags scores out of range', () => {
    const errors = validateInspection(filled({ scores: { b: { score: 6, note: '' } } }), items, TODAY);
    expect(errors['scores.a']).toBe('请为此项评分');
    expect(errors['scores.b']).toBe('得分应在 0 到 5 之间');
    expect(errors.scores).toBe('还有 1 项未评分：有名称');
  });

  it('names at most three unscored items by their short names, and says so plainly when none is scored', () => {
    const titles = ['有名称：品牌名称简洁鲜明', '有标识：设计规范', '有内涵：理念清晰', '有载体：阵地常态化'];
    expect(missingScores(titles.slice(0, 2), 13)).toBe('还有 2 项未评分：有名称、有标识');
    expect(missingScores(titles, 13)).toBe('还有 4 项未评分：有名称、有标识、有内涵 等');
    expect(missingScores(titles, 4)).toBe('4 项都还没有评分，请逐项评分（未评分的项目已标出）');
    expect(missingScores(['档案齐全'], 1)).toBe('还有 1 项未评分：档案齐全');
  });

  it('checks every finding field as the server does', () => {
    const bad = { ...newFinding('2025-05-30'), deadline: '2025-05-29', responsiblePhone: '1'.repeat(21) };
    const good = { ...newFinding('2025-05-30'), problem: '台账缺失', measure: '补齐台账', responsibleName: '张三' };
    const errors = validateInspection(filled({ findings: [good, bad] }), items, TODAY);
    expect(Object.keys(errors).filter((k) => k.startsWith('findings.0'))).toEqual([]);
    expect(errors).toMatchObject({
      'findings.1.problem': '请描述发现的问题',
      'findings.1.measure': '请填写整改措施',
      'findings.1.deadline': '整改时限不能早于检查日期',
      'findings.1.responsibleName': '请填写整改责任人',
      'findings.1.responsiblePhone': '电话不能超过 20 个字符',
    });
    expect(
      validateInspection(filled({ findings: [{ ...good, deadline: '' }] }), items, TODAY)['findings.0.deadline'],
    ).toBe('请选择整改时限');
  });

  it('limits notes, the summary and the number of findings', () => {
    const errors = validateInspection(
      filled({
        scores: { a: { score: 1, note: 'x'.repeat(1001) }, b: { score: 1, note: '' } },
        summary: 'y'.repeat(2001),
        findings: Array.from({ length: 31 }, () => newFinding('2025-05-30')),
      }),
      items,
      TODAY,
    );
    expect(errors).toMatchObject({
      'scores.a.note': '备注不能超过 1000 个字',
      summary: '总体评价不能超过 2000 个字',
      findings: '发现问题最多 30 个',
    });
  });
});

describe('visibleErrors', () => {
  const errors = { 'scores.a': '请为此项评分', 'scores.b': '得分应在 0 到 5 之间', date: '请选择检查日期' };

  it('shows out-of-range scores at once, other errors once touched, everything after a submit attempt', () => {
    expect(visibleErrors(errors, new Set(), false)).toEqual({ 'scores.b': '得分应在 0 到 5 之间' });
    expect(visibleErrors(errors, new Set(['date']), false)).toEqual({
      'scores.b': '得分应在 0 到 5 之间',
      date: '请选择检查日期',
    });
    expect(visibleErrors(errors, new Set(), true)).toEqual(errors);
  });
});

describe('formPathOf', () => {
  it('maps the server field paths onto the form', () => {
    expect(formPathOf('findings.2.responsiblePerson.name', [])).toBe('findings.2.responsibleName');
    expect(formPathOf('items.1.score', ['a', 'b'])).toBe('scores.b');
    expect(formPathOf('items.0.note', ['a', 'b'])).toBe('scores.a.note');
    expect(formPathOf('items', ['a'])).toBe('scores');
    expect(formPathOf('date', [])).toBe('date');
  });
});
