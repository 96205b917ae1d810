import { describe, expect, it } from 'vitest';
import {
  differences,
  formOfTemplate,
  moveItem,
  newItem,
  sectionsOf,
  templateInput,
  totalScore,
  validateTemplate,
  type TemplateVersion,
} from './checklist-form';

const v1: TemplateVersion = {
  name: '党建品牌创建督促检查表',
  description: '满分 20 分',
  version: 1,
  items: [
    { title: '有名称', section: '五有', maxScore: 6 },
    { title: '有标识', section: '五有', maxScore: 7 },
    { title: '档案资料齐全', section: '阵地建设', description: '方案、记录齐全得满分', maxScore: 7 },
  ],
};

describe('the template form', () => {
  it('asks for a name and complete items, as the server does', () => {
    const form = formOfTemplate(null);
    expect(validateTemplate(form)).toEqual({
      name: '请填写检查表名称',
      'items.0.title': '请填写检查项名称',
      'items.0.maxScore': '满分应大于 0 且不超过 100',
    });
    const bad = {
      ...formOfTemplate(v1),
      items: [...formOfTemplate(v1).items, newItem({ title: '有名称', maxScore: 101 })],
    };
    expect(validateTemplate(bad)).toEqual({
      'items.3.title': '检查项名称重复',
      'items.3.maxScore': '满分应大于 0 且不超过 100',
    });
    expect(validateTemplate({ ...formOfTemplate(v1), items: [] }).items).toBe('检查项应为 1 到 50 项');
    const wordy = formOfTemplate(v1);
    wordy.items[1].description = '长'.repeat(501);
    expect(validateTemplate(wordy)).toEqual({ 'items.1.description': '评分说明不能超过 500 个字' });
    expect(validateTemplate(formOfTemplate(v1))).toEqual({});
  });

  it('is sent trimmed, in order, with empty groups as null', () => {
    const form = formOfTemplate(v1);
    form.items[0].title = ' 有名称 ';
    form.items[2].section = ' ';
    form.description = '';
    expect(templateInput(form)).toEqual({
      name: '党建品牌创建督促检查表',
      description: null,
      items: [
        { title: '有名称', section: '五有', description: null, maxScore: 6 },
        { title: '有标识', section: '五有', description: null, maxScore: 7 },
        { title: '档案资料齐全', section: null, description: '方案、记录齐全得满分', maxScore: 7 },
      ],
    });
  });

  it('adds up the full score and lists the groups', () => {
    expect(totalScore(v1.items)).toBe(20);
    expect(totalScore([{ maxScore: 0.1 }, { maxScore: 0.2 }, { maxScore: null }])).toBe(0.3);
    expect(sectionsOf(v1.items)).toEqual(['五有', '阵地建设']);
  });

  it('moves an item within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('what a new version changes', () => {
  it('is nothing for an untouched form', () => {
    expect(differences(v1, formOfTemplate(v1))).toEqual([]);
  });

  it('names added, removed, re-scored and re-ordered items', () => {
    const form = formOfTemplate(v1);
    form.items = [form.items[1], form.items[0], newItem({ title: '群众评价', maxScore: 10 })];
    form.items[0].maxScore = 8;
    form.name = '督促检查表（2025）';
    expect(differences(v1, form)).toEqual([
      '名称',
      '新增 1 项',
      '删除 1 项',
      '修改 1 项的满分、分组或评分说明',
      '调整顺序',
    ]);
    const guided = formOfTemplate(v1);
    guided.items[2].description = '';
    expect(differences(v1, guided)).toEqual(['修改 1 项的满分、分组或评分说明']);
  });
});
