import type { BrandStage, FiveHaves, Level } from '../tables/enums';
import { LEVEL_LABEL, STAGE_LABEL } from '../labels';
import { buildPlan } from './build-plans';
import type { SeedContext } from './context';
import { DAY } from './dates';
import type { BrandSeed } from './data/types';
import { CITY, ORG_DEPARTMENT, PROVINCE } from './data/units';
import { seedId } from './ids';
import { searchTokens } from '../search-tokens';
import { scheduleOf, stageRank } from './schedule';

const SCOPE: Record<Level, string> = { COUNTY: '全县', CITY: '全市', PROVINCE: '全省', NATIONAL: '全国' };
const BATCH = ['一', '二', '三'];

/** Minutes after 09:00 at which each stage change is recorded on its day. */
const STAGE_MINUTE: Record<BrandStage, number> = {
  DECLARED: 0,
  CULTIVATING: 30,
  BUILDING: 90,
  ACCEPTANCE: 30,
  NAMED: 30,
  PROMOTED: 30,
  WITHDRAWN: 30,
};

function stageNote(brand: BrandSeed, stage: BrandStage, owner: string, year: number): string {
  switch (stage) {
    case 'DECLARED':
      return `${owner}申报党建品牌创建`;
    case 'CULTIVATING':
      return `经县委组织部审核，列入${year}年度党建品牌培育对象`;
    case 'BUILDING':
      return '创建方案审核通过，进入创建阶段';
    case 'ACCEPTANCE':
      return '创建计划节点全部完成，提交党建创新项目考核验收';
    case 'NAMED':
      return '经考核验收合格，命名为县级基层党建工作品牌';
    case 'PROMOTED':
      return `被中共${CITY}委组织部评为市级示范品牌，在全市推广`;
    case 'WITHDRAWN':
      return brand.withdrawReason ?? '经创建单位申请，撤销品牌创建';
  }
}

function levelEvidence(level: Level, year: number, index: number): { evidence: string; issuer: string } {
  switch (level) {
    case 'COUNTY':
      return {
        evidence: `青组通〔${year}〕${12 + index}号 关于命名第${BATCH[index % 3]}批基层党建工作品牌的通知`,
        issuer: ORG_DEPARTMENT,
      };
    case 'CITY':
      return {
        evidence: `临组发〔${year}〕${20 + index}号 关于公布全市基层党建工作示范品牌名单的通知`,
        issuer: `中共${CITY}委组织部`,
      };
    case 'PROVINCE':
      return {
        evidence: `江组通〔${year}〕${40 + index}号 关于公布全省基层党建工作优秀品牌的通知`,
        issuer: `中共${PROVINCE}委组织部`,
      };
    case 'NATIONAL':
      return { evidence: `入选全国基层党建创新典型案例（${year}年度）`, issuer: '中共中央组织部党建研究所' };
  }
}

/** Builds one brand with its co-units, stage and level history, five-haves, plan and timeline. */
export function buildBrand(ctx: SeedContext, brand: BrandSeed, index: number): void {
  const { clock, rows } = ctx;
  const key = brand.name;
  const brandId = seedId(`brand:${key}`);
  const owner = ctx.unit(brand.unit);
  const creator = ctx.actorFor(brand.unit);
  const leader = ctx.userIds.leader;
  const s = scheduleOf(brand, index);
  const stageAt = new Map<BrandStage, number>();
  const declaredAt = s.stages[0].day * DAY;

  ctx.event(key, brandId, 'BRAND_CREATED', `${owner.name}申报党建品牌：${brand.name}`, declaredAt, creator, {
    category: brand.category,
  });
  s.stages.forEach(({ stage, day }, k) => {
    const at = day * DAY + STAGE_MINUTE[stage];
    const from = k === 0 ? null : s.stages[k - 1].stage;
    const note = stageNote(brand, stage, owner.name, clock.yearOf(at));
    const actorId = stage === 'DECLARED' ? creator : leader;
    stageAt.set(stage, at);
    rows.brandStageChanges.push({
      id: seedId(`stage:${key}:${k}`),
      brandId,
      fromStage: from,
      toStage: stage,
      note,
      actorId,
      at: clock.at(at),
    });
    if (k > 0) {
      const summary =
        stage === 'WITHDRAWN' ? `品牌创建已撤销：${note}` : `品牌进入“${STAGE_LABEL[stage]}”阶段：${note}`;
      ctx.event(key, brandId, 'STAGE_CHANGED', summary, at, actorId, { fromStage: from, toStage: stage });
    }
  });

  let influence: string | null = null;
  for (const [k, { level, day }] of s.levels.entries()) {
    const at = day * DAY + 45;
    const recognizedOn = clock.day((day - 3) * DAY);
    const { evidence, issuer } = levelEvidence(level, Number(recognizedOn.slice(0, 4)), index);
    const fromLevel = k === 0 ? null : s.levels[k - 1].level;
    rows.brandLevelChanges.push({
      id: seedId(`level:${key}:${level}`),
      brandId,
      fromLevel,
      toLevel: level,
      evidence,
      issuer,
      recognizedOn,
      actorId: leader,
      at: clock.at(at),
    });
    const summary = `认定为${LEVEL_LABEL[level]}党建工作品牌（${issuer}：${evidence}）`;
    ctx.event(key, brandId, 'LEVEL_PROMOTED', summary, at, leader, { fromLevel, toLevel: level });
    influence = `被${issuer}认定为${LEVEL_LABEL[level]}党建工作品牌，经验做法在${SCOPE[level]}交流推广`;
  }

  // Five-haves: the further the brand, the more items are met, each from the stage it was met at.
  const rank = brand.stage === 'WITHDRAWN' ? 0 : stageRank(brand.stage);
  const building = stageAt.get('BUILDING');
  const carrierEarly = brand.stage === 'BUILDING' && brand.since >= 150 && building !== undefined;
  const items: { item: FiveHaves; met: boolean; evidence: string; at: number | undefined }[] = [
    { item: 'NAME', met: true, evidence: `经${owner.name}研究确定品牌名称：${brand.name}`, at: declaredAt },
    { item: 'LOGO', met: rank >= 2, evidence: brand.identity, at: building },
    { item: 'CONCEPT', met: rank >= 1, evidence: brand.concept, at: stageAt.get('CULTIVATING') },
    {
      item: 'CARRIER',
      met: rank >= 3 || carrierEarly,
      evidence: `依托${brand.carrier}常态化开展${brand.activity}`,
      at: carrierEarly && building !== undefined ? building + 120 * DAY : stageAt.get('ACCEPTANCE'),
    },
    { item: 'INFLUENCE', met: rank >= 4, evidence: influence ?? '', at: stageAt.get('NAMED') },
  ];
  for (const it of items) {
    const met = it.met && it.at !== undefined;
    rows.brandFiveHaves.push({
      brandId,
      item: it.item,
      met,
      evidence: met ? it.evidence : null,
      updatedBy: met ? (it.item === 'NAME' ? creator : leader) : null,
      updatedAt: clock.at(met && it.at !== undefined ? it.at + 5 : declaredAt),
    });
  }

  for (const co of brand.coUnits ?? []) {
    rows.brandCoUnits.push({ brandId, unitId: ctx.unit(co).id });
  }

  buildPlan(ctx, brand, index, brandId, s);

  const lastEvent = rows.timelineEvents
    .filter((e) => e.brandId === brandId)
    .reduce((max, e) => Math.max(max, (e.at as Date).getTime()), 0);
  rows.brands.push({
    id: brandId,
    name: brand.name,
    slogan: brand.slogan,
    summary: brand.summary,
    category: brand.category,
    stage: brand.stage,
    level: brand.stage === 'PROMOTED' ? (brand.level ?? 'CITY') : brand.stage === 'NAMED' ? 'COUNTY' : null,
    unitId: owner.id,
    createdBy: creator,
    createdAt: clock.at(declaredAt),
    updatedAt: new Date(lastEvent),
    searchTitle: searchTokens(brand.name),
    searchBody: searchTokens(brand.slogan, brand.summary),
  });
}
