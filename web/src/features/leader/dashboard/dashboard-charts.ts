import { label, LEVEL_LABEL, STAGE_LABEL } from '../../../shared/labels';
import {
  barOption,
  base,
  LEVEL_COLORS,
  PROGRESS_COLORS,
  STAGE_COLORS,
  type ChartSpec,
  type Dashboard,
} from './chart-style';
import { levelLink, progressLink, stageLink, type Scope } from './dashboard-links';

/** 品牌按创建阶段: one bar a stage, in order; a bar opens the brands of that stage. */
export function stageChart(d: Dashboard, scope: Scope): ChartSpec {
  const items = d.brandsByStage.map((s) => ({
    label: label(STAGE_LABEL, s.stage),
    value: `${s.count} 个`,
    to: stageLink(s.stage, scope),
    color: STAGE_COLORS[s.stage],
  }));
  const option = barOption(
    items.map((i) => i.label),
    d.brandsByStage.map((s) => ({ value: s.count, color: STAGE_COLORS[s.stage] })),
    '品牌数',
  );
  return { option, items, linkAt: (p) => items[p.dataIndex ?? -1]?.to ?? null };
}

/** 品牌按影响级别: a donut from 县级 to 全国 (levels with brands only); a slice opens the brands of that level. */
export function levelChart(d: Dashboard, scope: Scope): ChartSpec {
  const items = d.brandsByLevel.map((l) => ({
    label: `${label(LEVEL_LABEL, l.level)}品牌`,
    value: `${l.count} 个`,
    to: levelLink(l.level, scope),
    color: LEVEL_COLORS[l.level],
    count: l.count,
  }));
  const slices = items.filter((i) => i.count > 0);
  const option = {
    ...base,
    series: [
      {
        type: 'pie',
        name: '影响级别',
        radius: ['38%', '78%'],
        center: ['50%', '50%'],
        cursor: 'pointer',
        // Counts inside the slices, names in the list below (outside labels do not fit a phone).
        label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 700, fontSize: 14 },
        labelLine: { show: false },
        data: slices.map((i) => ({
          name: i.label,
          value: i.count,
          itemStyle: { color: i.color, borderColor: '#fff', borderWidth: 2 },
        })),
      },
    ],
  };
  return { option, items, linkAt: (p) => slices[p.dataIndex ?? -1]?.to ?? null };
}

/** 进度分布: brands with an approved plan by progress, 20 points a bar; a bar opens those brands. */
export function progressChart(d: Dashboard, scope: Scope): ChartSpec {
  const items = d.progressDistribution.map((b, i) => ({
    label: `${b.from}–${b.to}%`,
    value: `${b.count} 个`,
    to: progressLink(b.from, b.to, scope),
    color: PROGRESS_COLORS[i] ?? '#9e1016',
  }));
  const option = barOption(
    items.map((i) => i.label),
    d.progressDistribution.map((b, i) => ({ value: b.count, color: items[i].color })),
    '品牌数',
  );
  return { option, items, linkAt: (p) => items[p.dataIndex ?? -1]?.to ?? null };
}
