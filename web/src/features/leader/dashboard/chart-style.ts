import type { EChartsCoreOption } from 'echarts/core';
import type { RouteLocationRaw } from 'vue-router';
import type { LeaderDashboardQuery } from '../../../gql/graphql';

export type Dashboard = LeaderDashboardQuery['dashboard'];

/** An entry beside a chart (and the target of a click on its bar or slice): what, how many, where it leads. */
export interface ChartItem {
  label: string;
  value: string;
  to: RouteLocationRaw;
  /** The colour of its bar or slice, shown as the entry's swatch (the chart's legend). */
  color?: string;
}

/** A chart: its ECharts option, the entries beside it, and where a click on a data point leads. */
export interface ChartSpec {
  option: EChartsCoreOption;
  items: ChartItem[];
  linkAt(point: { seriesIndex?: number; dataIndex?: number }): RouteLocationRaw | null;
}

const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
export const INK = '#1f2329';
export const MUTED = '#5c6370';
export const STAGE_COLORS: Record<string, string> = {
  DECLARED: '#8a919c',
  CULTIVATING: '#1d5fa5',
  BUILDING: '#c46a12',
  ACCEPTANCE: '#5b3ea6',
  NAMED: '#b3131a',
  PROMOTED: '#e0463c',
  WITHDRAWN: '#b9bec6',
};
export const LEVEL_COLORS: Record<string, string> = {
  COUNTY: '#e4b75c',
  CITY: '#e07a5f',
  PROVINCE: '#c8161d',
  NATIONAL: '#7a0d12',
};
export const PROGRESS_COLORS = ['#eeb9bb', '#e38b8e', '#d95c61', '#c8161d', '#9e1016'];
export const KIND_COLORS: Record<string, string> = { REGULAR: '#c8161d', SPOT: '#e4a13a', SELF: '#7d8fa9' };

export const base = {
  textStyle: { fontFamily: FONT, color: INK },
  animationDuration: 400,
  tooltip: { trigger: 'item', confine: true },
};

/** A bar chart of counts, one coloured bar a category, the count above each bar. */
export function barOption(categories: string[], values: { value: number; color: string }[], name: string) {
  return {
    ...base,
    grid: { left: 8, right: 8, top: 24, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: categories, axisTick: { show: false }, axisLabel: { color: MUTED, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED }, splitLine: { lineStyle: { color: '#eee' } } },
    series: [
      {
        type: 'bar',
        name,
        barMaxWidth: 40,
        cursor: 'pointer',
        label: { show: true, position: 'top', color: INK },
        data: values.map((v) => ({ value: v.value, itemStyle: { color: v.color, borderRadius: [4, 4, 0, 0] } })),
      },
    ],
  };
}
