import { INSPECTION_KIND_LABEL, label } from '../../../shared/labels';
import { base, KIND_COLORS, MUTED, type ChartSpec, type Dashboard } from './chart-style';
import { inspectionsLink, type Scope } from './dashboard-links';

const KINDS = ['REGULAR', 'SPOT', 'SELF'] as const;

/** 2026-07 → 7月 (January and the first month also carry the year: 2026年1月). */
export function monthLabel(month: string, first: boolean): string {
  const [y, m] = month.split('-').map(Number);
  return first || m === 1 ? `${y}年${m}月` : `${m}月`;
}

/**
 * 每月督促检查: bars stacked by kind (定期、抽查、自查) with the average score of inspectors' checks as a line;
 * a bar opens that month's inspections of its kind, a point on the line the month's inspections.
 */
export function inspectionChart(d: Dashboard, scope: Scope): ChartSpec {
  const months = d.inspectionsByMonth;
  const items = months
    .filter((m) => m.count > 0)
    .map((m) => ({
      label: monthLabel(m.month, true),
      value: `${m.count} 次（定期 ${m.regular}、抽查 ${m.spot}、自查 ${m.self}）${m.averageScore === null || m.averageScore === undefined ? '' : `，平均得分率 ${m.averageScore}%`}`,
      to: inspectionsLink(m.month, null, scope),
    }));
  const option = {
    ...base,
    tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, textStyle: { color: MUTED }, itemWidth: 14, itemHeight: 10 },
    grid: { left: 8, right: 8, top: 30, bottom: 34, containLabel: true },
    xAxis: {
      type: 'category',
      data: months.map((m, i) => monthLabel(m.month, i === 0)),
      axisTick: { show: false },
      axisLabel: { color: MUTED, hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        name: '次数',
        minInterval: 1,
        nameTextStyle: { color: MUTED },
        axisLabel: { color: MUTED },
        splitLine: { lineStyle: { color: '#eee' } },
      },
      {
        type: 'value',
        name: '得分率',
        min: 0,
        max: 100,
        nameTextStyle: { color: MUTED },
        axisLabel: { color: MUTED, formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      ...KINDS.map((k) => ({
        type: 'bar',
        name: label(INSPECTION_KIND_LABEL, k),
        stack: 'kind',
        barMaxWidth: 28,
        cursor: 'pointer',
        itemStyle: { color: KIND_COLORS[k] },
        data: months.map((m) => (k === 'REGULAR' ? m.regular : k === 'SPOT' ? m.spot : m.self)),
      })),
      {
        type: 'line',
        name: '平均得分率',
        yAxisIndex: 1,
        connectNulls: true,
        symbolSize: 7,
        cursor: 'pointer',
        itemStyle: { color: '#3a3a3a' },
        lineStyle: { width: 2 },
        tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined ? '无' : `${String(v)}%`) },
        data: months.map((m) => m.averageScore ?? null),
      },
    ],
  };
  return {
    option,
    items,
    linkAt: (p) => {
      const month = months[p.dataIndex ?? -1];
      return month ? inspectionsLink(month.month, KINDS[p.seriesIndex ?? -1] ?? null, scope) : null;
    },
  };
}
