import { describe, expect, it } from 'vitest';
import type { Dashboard } from './chart-style';
import { levelChart, progressChart, stageChart } from './dashboard-charts';
import { closureGauge, satisfactionGauge } from './gauges';
import { inspectionChart, monthLabel } from './inspection-chart';
import { COUNTY } from './dashboard-links';

const d: Dashboard = {
  brandsByStage: [
    { stage: 'DECLARED', count: 4 },
    { stage: 'BUILDING', count: 5 },
  ],
  brandsByLevel: [
    { level: 'COUNTY', count: 4 },
    { level: 'NATIONAL', count: 1 },
  ],
  progressDistribution: [
    { from: 0, to: 20, count: 4 },
    { from: 80, to: 100, count: 12 },
  ],
  overdueMilestones: 4,
  openRectifications: 15,
  overdueRectifications: 4,
  totalRectifications: 32,
  rectificationClosureRate: 0.53125,
  averageInspectionScore: 79.1,
  inspectionsByMonth: [
    { month: '2025-12', count: 0, regular: 0, spot: 0, self: 0, averageScore: null },
    { month: '2026-01', count: 3, regular: 2, spot: 1, self: 0, averageScore: 70.7 },
    { month: '2026-02', count: 1, regular: 0, spot: 0, self: 1, averageScore: null },
  ],
  publicSatisfaction: { total: 81, satisfied: 47, basicallySatisfied: 26, unsatisfied: 8, rate: 0.9012 },
  tierTransformation: {
    baselineLagging: 36,
    transformedLagging: 12,
    baselineAverage: 34,
    liftedAverage: 4,
    baselineAdvanced: 17,
    keptAdvanced: 17,
  },
};

describe('dashboard charts', () => {
  it('draws the stages in Chinese, and a bar opens the brands of its stage', () => {
    const c = stageChart(d, COUNTY);
    expect(c.items.map((i) => [i.label, i.value])).toEqual([
      ['申报', '4 个'],
      ['创建', '5 个'],
    ]);
    expect((c.option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['申报', '创建']);
    expect(c.linkAt({ dataIndex: 1 })).toEqual({ path: '/workspace/brands', query: { stage: 'BUILDING' } });
    expect(c.linkAt({ dataIndex: 9 })).toBeNull();
  });

  it('names levels and progress buckets', () => {
    const l = levelChart({ ...d, brandsByLevel: [...d.brandsByLevel, { level: 'CITY', count: 0 }] }, COUNTY);
    expect(l.items.map((i) => i.label)).toEqual(['县级品牌', '全国品牌', '市级品牌']);
    expect(l.linkAt({ dataIndex: 1 })).toEqual({ path: '/workspace/brands', query: { level: 'NATIONAL' } });
    expect(l.linkAt({ dataIndex: 2 })).toBeNull();
    const p = progressChart(d, COUNTY);
    expect(p.items.map((i) => i.label)).toEqual(['0–20%', '80–100%']);
    expect(p.linkAt({ dataIndex: 1 })).toEqual({ path: '/workspace/brands', query: { progress: '80-100' } });
  });

  it('stacks inspections by kind with the average score as a line, and links a bar to its month and kind', () => {
    const c = inspectionChart(d, COUNTY);
    const series = (c.option as { series: { type: string; name: string; data: unknown[] }[] }).series;
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', '定期检查'],
      ['bar', '不定期抽查'],
      ['bar', '自查'],
      ['line', '平均得分率'],
    ]);
    expect(series[3].data).toEqual([null, 70.7, null]);
    expect(c.items.map((i) => i.label)).toEqual(['2026年1月', '2026年2月']);
    expect(c.linkAt({ seriesIndex: 1, dataIndex: 1 })).toEqual({
      path: '/workspace/inspections',
      query: { from: '2026-01-01', to: '2026-01-31', kind: 'SPOT' },
    });
    expect(c.linkAt({ seriesIndex: 3, dataIndex: 2 })).toEqual({
      path: '/workspace/inspections',
      query: { from: '2026-02-01', to: '2026-02-28' },
    });
    expect(monthLabel('2026-07', false)).toBe('7月');
    expect(monthLabel('2025-12', true)).toBe('2025年12月');
  });

  it('shows the closure rate and satisfaction as percentages', () => {
    expect(closureGauge(d, COUNTY).items[0].value).toBe('17 / 32 项');
    const g = closureGauge(d, COUNTY).option as { series: { data: { value: number }[] }[] };
    expect(g.series[0].data[0].value).toBe(53.1);
    const s = satisfactionGauge(
      { ...d, publicSatisfaction: { ...d.publicSatisfaction, total: 0, rate: null } },
      COUNTY,
    );
    expect(s.items[0].value).toBe('还没有评议');
    expect(s.linkAt({})).toEqual({ path: '/board', query: {} });
  });
});
