import type { CaseStatus, Level, TimelineKind } from '../tables/enums';
import { searchTokens } from '../search-tokens';
import { attachPhoto } from './build-photos';
import { UNITS_CREATED_DAYS_AGO } from './build-units';
import { caseHtml, plainText } from './case-text';
import type { SeedContext } from './context';
import { CASE_TAGS } from './data/case-vocabulary';
import { COUNTY_CASES } from './data/cases-county';
import { PENDING_CASES } from './data/cases-pending';
import { SPEECH_CASES } from './data/cases-speech';
import { UNIT_CASES } from './data/cases-units';
import { VILLAGE_CASES } from './data/cases-villages';
import { BRANDS } from './data/people';
import type { CaseSeed } from './data/types';
import { DAY } from './dates';
import { seedFraction, seedId } from './ids';

/** Every demo model case, in a fixed order. */
export const CASE_SEEDS: CaseSeed[] = [
  ...SPEECH_CASES,
  ...VILLAGE_CASES,
  ...COUNTY_CASES,
  ...UNIT_CASES,
  ...PENDING_CASES,
];

const LEVEL_RANK: Record<Level, number> = { COUNTY: 0, CITY: 1, PROVINCE: 2, NATIONAL: 3 };
const rank = (level: Level | null | undefined) => (level ? LEVEL_RANK[level] : -1);

/** Views a published case has gathered besides its age, by level (null: 40). */
const LEVEL_VIEWS: Record<Level, number> = { COUNTY: 100, CITY: 250, PROVINCE: 450, NATIONAL: 700 };

/** Days before the promotion it is cited for that a case was published. */
export const CITE_LEAD_DAYS = 20;

type Step = 'SAVE' | 'SUBMIT' | 'RETURN' | 'PUBLISH' | 'FEATURE';
/** Minutes after 09:00 at which each kind of step happens on its day. */
const MINUTE: Record<Step, number> = { SAVE: 60, SUBMIT: 150, RETURN: 270, PUBLISH: 330, FEATURE: 390 };
/** Days from the step before to this one (plus 0–2 days of deterministic jitter; FEATURE has none). */
const GAP: Record<Step, number> = { SAVE: 1, SUBMIT: 4, RETURN: 3, PUBLISH: 5, FEATURE: 3 };

/**
 * The workflow steps of a case up to its status: saved, submitted, returned (then edited and resubmitted),
 * published, featured. Each step is one write, so the case's version is the number of steps.
 */
function stepsOf(seed: CaseSeed, status: CaseStatus): Step[] {
  if (status === 'RETURNED' && !seed.returned) {
    throw new Error(`demo seed: returned case "${seed.title}" needs a reason`);
  }
  if ((seed.featured || seed.cites) && status !== 'PUBLISHED') {
    throw new Error(`demo seed: case "${seed.title}" is featured or cited but not published`);
  }
  const steps: Step[] = ['SAVE'];
  if (status === 'DRAFT') {
    return steps;
  }
  steps.push('SUBMIT');
  if (seed.returned) {
    steps.push(...(status === 'RETURNED' ? (['RETURN'] as const) : (['RETURN', 'SAVE', 'SUBMIT'] as const)));
  }
  if (status === 'PUBLISHED') {
    steps.push('PUBLISH');
  }
  if (seed.featured) {
    steps.push('FEATURE');
  }
  return steps;
}

function checkText(seed: CaseSeed): void {
  const problems = [
    [...seed.title].length > 60 && 'a title longer than 60 characters',
    [...seed.summary].length > 300 && 'a summary longer than 300 characters',
    (seed.tags.length < 2 || seed.tags.length > 5) && 'not 2–5 tags',
    new Set(seed.tags).size !== seed.tags.length && 'a repeated tag',
    seed.tags.some((t) => !(CASE_TAGS as readonly string[]).includes(t)) && 'a tag outside the vocabulary',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(`demo seed: case "${seed.title}" has ${problems.join(', ')}`);
  }
}

/** Builds one case with its reviews, cover and timeline events. */
function buildCase(ctx: SeedContext, seed: CaseSeed): void {
  const { clock, rows } = ctx;
  const key = seed.title;
  const caseId = seedId(`case:${key}`);
  const status = seed.status ?? 'PUBLISHED';
  const brand = seed.brand === null ? null : BRANDS.find((b) => b.name === seed.brand);
  if (brand === undefined || (brand === null) === (seed.unit === undefined)) {
    throw new Error(`demo seed: case "${key}" needs a known brand or, without one, a unit`);
  }
  checkText(seed);
  const unitName = brand ? brand.unit : seed.unit!;
  const unit = ctx.unit(unitName);
  const actor = ctx.actorFor(unitName);
  const leader = ctx.userIds.leader;
  const brandId = brand ? seedId(`brand:${brand.name}`) : null;
  const brandRow = rows.brands.find((b) => b.id === brandId);
  if (brand && rank(seed.level) > rank(brandRow?.level)) {
    throw new Error(`demo seed: case "${key}" is recognised above its brand's level`);
  }
  const momentOf = (at: Date) => Math.round((at.getTime() - clock.at(0).getTime()) / 60_000);

  let last: number;
  const levelRow = seed.cites ? rows.brandLevelChanges.filter((l) => l.brandId === brandId).at(-1) : undefined;
  if (seed.cites) {
    if (!levelRow || levelRow.toLevel !== seed.cites || seed.level !== seed.cites) {
      throw new Error(`demo seed: case "${key}" cites a promotion to ${seed.cites} its brand did not last have`);
    }
    last = Math.floor(momentOf(levelRow.at!) / DAY) - CITE_LEAD_DAYS;
  } else if (seed.days !== undefined && seed.days >= 1) {
    last = -seed.days;
  } else {
    throw new Error(`demo seed: case "${key}" needs days (at least 1) or a cited promotion`);
  }

  const steps = stepsOf(seed, status);
  const final = steps.length - (seed.featured ? 2 : 1);
  const days: number[] = steps.map(() => last);
  for (let k = final; k > 0; k -= 1) {
    days[k - 1] = days[k] - GAP[steps[k]] - Math.floor(seedFraction(`case-gap:${key}:${k}`) * 3);
  }
  if (seed.featured) {
    days[final + 1] = Math.min(last + GAP.FEATURE, -1);
  }
  const moments = steps.map((s, k) => days[k] * DAY + MINUTE[s]);
  const start = brandRow ? momentOf(brandRow.createdAt!) : -UNITS_CREATED_DAYS_AGO * DAY + 60;
  if (moments[0] <= start) {
    throw new Error(`demo seed: case "${key}" was written before its brand or unit existed`);
  }

  // Events on the brand's timeline as the server writes them (publishing and featuring show on the showcase).
  const event = (kind: TimelineKind, summary: string, moment: number, actorId: string) => {
    if (brand && brandId) {
      const isPublic = kind === 'CASE_PUBLISHED' || kind === 'CASE_FEATURED';
      ctx.event(brand.name, brandId, kind, summary, moment, actorId, { caseId }, isPublic);
    }
  };
  let reviews = 0;
  const review = (decision: 'PUBLISH' | 'RETURN', comment: string | null, moment: number) => {
    reviews += 1;
    rows.modelCaseReviews.push({
      id: seedId(`case-review:${key}:${reviews}`),
      caseId,
      decision,
      comment,
      reviewerId: leader,
      createdAt: clock.at(moment),
    });
  };
  const title = `「${seed.title}」`;
  steps.forEach((step, k) => {
    const at = moments[k];
    switch (step) {
      case 'SAVE':
        break;
      case 'SUBMIT':
        event('CASE_SUBMITTED', `提交典型案例${title}待审核`, at, actor);
        break;
      case 'RETURN':
        review('RETURN', seed.returned!, at);
        event('CASE_RETURNED', `典型案例${title}被退回：${seed.returned}`, at, leader);
        break;
      case 'PUBLISH':
        review('PUBLISH', null, at);
        event('CASE_PUBLISHED', `发布典型案例${title}`, at, leader);
        break;
      case 'FEATURE':
        event('CASE_FEATURED', `典型案例${title}入选精选案例`, at, leader);
        break;
    }
  });

  if (levelRow) {
    levelRow.caseId = caseId;
    const promoted = rows.timelineEvents.find(
      (e) => e.brandId === brandId && e.kind === 'LEVEL_PROMOTED' && e.data?.toLevel === seed.cites,
    );
    if (promoted) {
      promoted.data = { ...promoted.data, caseId };
    }
  }

  const published = status === 'PUBLISHED' ? moments[steps.indexOf('PUBLISH')] : null;
  const views =
    ((seed.level ? LEVEL_VIEWS[seed.level] : 40) + Math.min(-last, 900) * 0.9) *
    (0.55 + 0.9 * seedFraction(`case-views:${key}`)) *
    (seed.featured ? 1.5 : 1);
  const html = {
    background: caseHtml(seed.background),
    practice: caseHtml(seed.practice),
    results: caseHtml(seed.results),
    lessons: caseHtml(seed.lessons),
  };
  const coverAttachmentId = seed.cover
    ? attachPhoto(ctx, seed.cover, actor, 'MODEL_CASE', caseId, moments[0] + 20)
    : null;
  rows.modelCases.push({
    id: caseId,
    title: seed.title,
    summary: seed.summary,
    ...html,
    tags: [...seed.tags],
    level: seed.level,
    year: clock.yearOf(published ?? moments[0]),
    status,
    featured: !!seed.featured,
    featuredAt: seed.featured ? clock.at(moments[steps.length - 1]) : null,
    brandId,
    unitId: unit.id,
    coverAttachmentId,
    viewCount: published === null ? 0 : Math.min(2000, Math.round(views)),
    publishedAt: published === null ? null : clock.at(published),
    createdBy: actor,
    version: steps.length,
    createdAt: clock.at(moments[0]),
    updatedAt: clock.at(moments[steps.length - 1]),
    searchTitle: searchTokens(seed.title),
    searchBody: searchTokens(
      seed.summary,
      plainText(html.background),
      plainText(html.practice),
      plainText(html.results),
      plainText(html.lessons),
      seed.tags.join(' '),
    ),
  });
}

/**
 * The model case library of the demo county (典型案例): 40+ published cases across levels, categories, towns
 * and years, plus drafts, cases waiting for the leader and returned ones, with their reviews, covers and
 * timeline events. A case cited as evidence of its brand's latest promotion is linked from that promotion.
 * Runs after the brands are built.
 */
export function buildCases(ctx: SeedContext): void {
  for (const seed of CASE_SEEDS) {
    buildCase(ctx, seed);
  }
  for (const brand of ctx.rows.brands) {
    const latest = ctx.rows.brandLevelChanges.filter((l) => l.brandId === brand.id).at(-1);
    if (latest && latest.toLevel !== 'COUNTY' && !latest.caseId) {
      throw new Error(`demo seed: the promotion of "${brand.name}" to ${latest.toLevel} cites no case`);
    }
  }
}
