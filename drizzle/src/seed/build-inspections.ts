import { INSPECTION_KIND_LABEL } from '../labels';
import type { SeedContext } from './context';
import { DAY } from './dates';
import { CHECKLISTS, ITEM_NOTES, LAGGING_CHECKLIST, RETIRED_CHECKLIST, DEFAULT_CHECKLIST } from './data/checklist';
import type { FindingSeed } from './data/types';
import { seedFraction, seedId } from './ids';
import { stageOn, type PlannedInspection } from './plan-inspections';

export interface TemplateInfo {
  id: string;
  items: { code: string; id: string; max: number }[];
}

/** An inspection as recorded: its plan, id, template, who recorded it and when. */
export interface RecordedInspection extends PlannedInspection {
  id: string;
  template: TemplateInfo;
  recorder: string;
  /** Moment the record was saved. */
  moment: number;
}

/** Inserts the checklist templates (all at version 1) and returns them by key. */
export function buildChecklists(ctx: SeedContext): Map<string, TemplateInfo> {
  const { clock, rows } = ctx;
  const out = new Map<string, TemplateInfo>();
  for (const t of CHECKLISTS) {
    const id = seedId(`checklist:${t.key}`);
    const createdAt = clock.at(-t.createdDaysAgo * DAY + 60);
    const retiredAt = t.retiredDaysAgo === undefined ? null : clock.at(-t.retiredDaysAgo * DAY + 60);
    rows.checklistTemplates.push({
      id,
      name: t.name,
      description: t.description,
      version: 1,
      retiredAt,
      createdAt,
      updatedAt: retiredAt ?? createdAt,
    });
    const items = t.items.map((item, position) => {
      const itemId = seedId(`checklist:${t.key}:1:${item.code}`);
      rows.checklistItems.push({
        id: itemId,
        templateId: id,
        templateVersion: 1,
        title: item.title,
        section: item.section,
        maxScore: item.max,
        position,
      });
      return { code: item.code, id: itemId, max: item.max };
    });
    out.set(t.key, { id, items });
  }
  return out;
}

/** The template in use for an inspection: 整顿转化 for a unit, last year's before it was retired, else the default. */
function templateKey(p: PlannedInspection): string {
  if (!p.brand) {
    return LAGGING_CHECKLIST.key;
  }
  return p.day < -(RETIRED_CHECKLIST.retiredDaysAgo ?? 0) ? RETIRED_CHECKLIST.key : DEFAULT_CHECKLIST.key;
}

/**
 * How well an inspected brand or unit does (the share of each maximum it scores, before jitter): lagging units
 * and brands with overdue milestones lower, brands just cultivated a little lower, everyone slowly better over
 * the year, and units a little kinder to themselves than the inspector.
 */
function quality(ctx: SeedContext, p: PlannedInspection): number {
  let q: number;
  if (!p.brand) {
    q = p.day > -120 ? 0.64 : 0.56;
  } else {
    q = stageOn(p.brand, p.day) === 'CULTIVATING' ? 0.78 : 0.88;
    q -= (p.brand.overdue ?? 0) * 0.08;
    if (ctx.rows.units.find((u) => u.name === p.unitName)?.tier === 'AVERAGE') {
      q -= 0.06;
    }
    q += ((p.day + 240) / 240) * 0.03;
  }
  return p.kind === 'SELF' ? q + 0.07 : q;
}

function summaryOf(p: RecordedInspection, pct: number, found: number): string {
  const lagging = !p.brand;
  const tone = lagging
    ? pct >= 0.8
      ? '整顿转化成效明显，班子战斗力增强，群众评价提升。'
      : pct >= 0.65
        ? '整顿转化有序推进，但整改任务落实仍有差距。'
        : '整顿转化进展缓慢，班子作用发挥不明显，须加大整改力度。'
    : pct >= 0.9
      ? '创建工作扎实推进，“五有”标准落实到位，阵地规范、档案齐全，群众评价较好。'
      : pct >= 0.8
        ? '创建工作总体推进有序，个别方面仍需完善。'
        : pct >= 0.7
          ? '创建工作存在薄弱环节，需对照检查表抓紧补齐短板。'
          : '创建工作推进滞后，问题较多，须限期整改。';
  const head =
    p.kind === 'SELF'
      ? '对照检查表开展自查自纠。'
      : p.drawItemId
        ? '根据抽查抽签结果开展不定期抽查。'
        : `县委组织部${INSPECTION_KIND_LABEL[p.kind]}。`;
  const tail =
    p.kind === 'SELF'
      ? found > 0
        ? `自查发现问题${found}个，已列入整改。`
        : '自查未发现需整改的问题。'
      : found > 0
        ? `发现问题${found}个，已提出整改要求，整改措施、时限和责任人向群众公开。`
        : '未发现需整改的问题。';
  return `${head}${tone}${tail}`;
}

/**
 * Records the planned inspections with a score for every item of their template version: deterministic jitter
 * around the inspected party's quality, items a finding is about scored at 40–60%, and for a brand with overdue
 * milestones the inspector marks 方案落实 down in the last months. Adds INSPECTION_RECORDED to the brand.
 */
export function buildInspections(
  ctx: SeedContext,
  planned: PlannedInspection[],
  templates: Map<string, TemplateInfo>,
  findings: FindingSeed[],
): RecordedInspection[] {
  const { clock, rows } = ctx;
  return planned.map((p) => {
    const template = templates.get(templateKey(p))!;
    const recorder = p.kind === 'SELF' ? ctx.actorFor(p.unitName) : ctx.userIds.inspector;
    const moment = p.day * DAY + (p.kind === 'SELF' ? 495 : 435);
    const rec: RecordedInspection = { ...p, id: seedId(`inspection:${p.key}`), template, recorder, moment };
    const own = findings.filter((f) => f.at === p.key);
    for (const f of own) {
      if (!template.items.some((i) => i.code === f.item)) {
        throw new Error(`demo seed: item ${f.item} is not on the checklist used by ${p.key}`);
      }
    }
    const q = quality(ctx, p);
    const latePlan = p.kind !== 'SELF' && (p.brand?.overdue ?? 0) > 0 && p.day >= -40;
    let score = 0;
    let maxScore = 0;
    for (const item of template.items) {
      const jitter = seedFraction(`score:${p.key}:${item.code}`);
      const finding = own.find((f) => f.item === item.code);
      const low = finding !== undefined || (latePlan && item.code === 'PLAN');
      const f = low ? 0.42 + jitter * 0.18 : Math.min(1, Math.max(0.4, q + (jitter - 0.5) * 0.24));
      const value = Math.min(item.max, Math.max(Math.ceil(item.max * 0.4), Math.round(item.max * f)));
      const note = finding ? finding.problem : value < item.max * 0.7 ? (ITEM_NOTES[item.code] ?? null) : null;
      rows.inspectionItems.push({ inspectionId: rec.id, itemId: item.id, score: value, note });
      score += value;
      maxScore += item.max;
    }
    rows.inspections.push({
      id: rec.id,
      kind: p.kind,
      brandId: p.brandId,
      unitId: ctx.unit(p.unitName).id,
      inspectorId: recorder,
      date: clock.day(p.day * DAY),
      templateId: template.id,
      templateVersion: 1,
      score,
      maxScore,
      summary: summaryOf(rec, score / maxScore, own.length),
      drawItemId: p.drawItemId,
      clientRequestId: null,
      createdAt: clock.at(moment),
    });
    if (p.brand && p.brandId) {
      const who =
        p.kind === 'SELF' ? `${p.unitName}开展自查，自评得分` : `县委组织部${INSPECTION_KIND_LABEL[p.kind]}，得分`;
      const found = own.length > 0 ? `，发现问题${own.length}个` : '';
      ctx.event(
        p.brand.name,
        p.brandId,
        'INSPECTION_RECORDED',
        `${who} ${score}/${maxScore}${found}`,
        moment,
        recorder,
        { inspectionId: rec.id, kind: p.kind, score, maxScore },
        false,
      );
    }
    return rec;
  });
}
