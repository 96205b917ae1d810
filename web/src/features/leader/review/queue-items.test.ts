import { describe, expect, it } from 'vitest';
import { byWaiting, caseItem, planItem } from './queue-items';

const unit = { id: 'u1', name: '泉水村党支部' };

describe('review queue rows', () => {
  it('shows a plan with its brand, unit, round and the time of its latest submission', () => {
    const item = planItem({
      id: 'p1',
      revision: 2,
      updatedAt: '2026-11-05T00:00:00Z',
      brand: { id: 'b1', name: '乡贤议事会', unit },
      revisions: [
        { revision: 2, submittedAt: '2026-11-04T06:00:00Z' },
        { revision: 1, submittedAt: '2026-10-19T06:00:00Z' },
      ],
    });
    expect(item).toEqual({
      id: 'p1',
      to: '/workspace/review/plans/p1',
      title: '乡贤议事会 · 创建方案',
      brand: '乡贤议事会',
      unit: '泉水村党支部',
      round: '第 2 次提交（修订稿）',
      submittedAt: '2026-11-04T06:00:00Z',
    });
  });

  it('shows a case returned before as a later round', () => {
    const base = { id: 'c1', title: '难题会诊会', updatedAt: '2026-11-24T03:30:00Z', brand: null, unit };
    expect(caseItem({ ...base, reviews: [] }).round).toBe('首次提交');
    expect(caseItem({ ...base, reviews: [{ id: 'r', decision: 'RETURN' }] })).toMatchObject({
      to: '/workspace/review/cases/c1',
      brand: null,
      round: '第 2 次提交（曾退回 1 次）',
    });
  });

  it('puts what has waited longest first', () => {
    const a = { id: 'a', submittedAt: '2026-11-20T00:00:00Z' };
    const b = { id: 'b', submittedAt: '2026-11-01T00:00:00Z' };
    expect(
      byWaiting([a, b].map((x) => ({ ...x, to: '', title: '', brand: null, unit: '', round: '' }))).map((x) => x.id),
    ).toEqual(['b', 'a']);
  });
});
