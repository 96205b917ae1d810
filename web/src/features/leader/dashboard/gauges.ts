import { base, INK, type ChartSpec, type Dashboard } from './chart-style';
import { rectificationLink, satisfactionLink, type Scope } from './dashboard-links';

function gauge(value: number | null, name: string, color: string) {
  return {
    ...base,
    tooltip: { show: false },
    series: [
      {
        type: 'gauge',
        name,
        min: 0,
        max: 100,
        startAngle: 210,
        endAngle: -30,
        radius: '92%',
        center: ['50%', '58%'],
        cursor: 'pointer',
        progress: { show: true, width: 14, itemStyle: { color } },
        axisLine: { lineStyle: { width: 14, color: [[1, '#f1ece6']] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: {
          valueAnimation: true,
          offsetCenter: [0, '0%'],
          fontSize: 26,
          fontWeight: 700,
          color: INK,
          formatter: value === null ? '暂无' : '{value}%',
        },
        data: [{ value: value ?? 0, name }],
      },
    ],
  };
}

/** 整改销号率: verified ÷ all rectification items; opens the verified items. */
export function closureGauge(d: Dashboard, scope: Scope): ChartSpec {
  const rate = Math.round(d.rectificationClosureRate * 1000) / 10;
  const to = rectificationLink('verified', scope);
  return {
    option: gauge(rate, '整改销号率', '#c8161d'),
    items: [
      {
        label: '已核验销号',
        value: `${d.totalRectifications - d.openRectifications} / ${d.totalRectifications} 项`,
        to,
      },
    ],
    linkAt: () => to,
  };
}

/** 群众满意度: (满意 + 基本满意) ÷ ratings; opens the public board. */
export function satisfactionGauge(d: Dashboard, scope: Scope): ChartSpec {
  const s = d.publicSatisfaction;
  const rate = s.rate === null || s.rate === undefined ? null : Math.round(s.rate * 1000) / 10;
  const to = satisfactionLink(scope);
  return {
    option: gauge(rate, '群众满意度', '#d98a1f'),
    items: [
      {
        label: '群众评议',
        value: s.total
          ? `满意 ${s.satisfied}、基本满意 ${s.basicallySatisfied}、不满意 ${s.unsatisfied}`
          : '还没有评议',
        to,
      },
    ],
    linkAt: () => to,
  };
}
