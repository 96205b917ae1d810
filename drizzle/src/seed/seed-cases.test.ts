import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import { searchQuery, searchTokens } from '../search-tokens';
import type { Level } from '../tables/enums';
import * as t from '../tables/index';
import { DEMO_COMMUNITY, DEMO_VILLAGE } from './accounts';
import { plainText } from './case-text';
import { CASE_TAGS } from './data/case-vocabulary';
import { inspectPng } from './png-test-helpers';
import { buildDemoRows, seedDemo, seedId } from './index';

const TODAY = '2026-11-26';
const MIDNIGHT = Date.parse(`${TODAY}T00:00:00+08:00`);
const RANK: Record<Level, number> = { COUNTY: 0, CITY: 1, PROVINCE: 2, NATIONAL: 3 };
const rank = (level: Level | null) => (level ? RANK[level] : -1);
const beijingYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
const ids = {
  admin: seedId('user:admin'),
  leader: seedId('user:leader'),
  unit: seedId('user:unit'),
  unit2: seedId('user:unit2'),
  village: seedId(`unit:${DEMO_VILLAGE}`),
  community: seedId(`unit:${DEMO_COMMUNITY}`),
};
/** What the server's sanitiser keeps in a section: paragraphs, lists and bold (links and images are not used). */
const ALLOWED = /<\/?(p|ul|li|strong)>/g;

describe('demo seed: model cases', () => {
  let handle: DatabaseHandle;
  let db: DatabaseHandle['db'];
  let cases: (typeof t.modelCases.$inferSelect)[];
  let brands: (typeof t.brands.$inferSelect)[];
  let units: (typeof t.units.$inferSelect)[];
  const published = () => cases.filter((c) => c.status === 'PUBLISHED');
  const named = (title: string) => cases.find((c) => c.title === title)!;

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(handle);
    await seedDemo(handle.db, { today: TODAY });
    db = handle.db;
    cases = await db.select().from(t.modelCases);
    brands = await db.select().from(t.brands);
    units = await db.select().from(t.units);
  }, 120_000);

  afterAll(async () => {
    await handle.close();
  });

  it('publishes 40+ cases across every level, brand categories, towns, county departments and four years', () => {
    const pub = published();
    expect(pub.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pub.map((c) => c.level))).toEqual(new Set(['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL', null]));
    expect(pub.filter((c) => c.level === null).length).toBeLessThan(pub.length / 4);
    const categories = new Set(pub.map((c) => brands.find((b) => b.id === c.brandId)?.category).filter(Boolean));
    expect(categories.size).toBeGreaterThanOrEqual(3);
    const withoutBrand = pub.filter((c) => c.brandId === null).length;
    expect(withoutBrand).toBeGreaterThanOrEqual(2);
    expect(withoutBrand).toBeLessThan(pub.length / 4);
    const towns = units.filter((u) => u.kind === 'TOWN_COMMITTEE');
    const townOf = (unitId: string) => towns.find((tw) => units.find((u) => u.id === unitId)!.path.includes(tw.id));
    expect(new Set(pub.map((c) => townOf(c.unitId)?.id).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    const county = pub.filter((c) => townOf(c.unitId) === undefined).map((c) => units.find((u) => u.id === c.unitId)!);
    expect(county.some((u) => u.kind === 'DEPARTMENT')).toBe(true);
    expect(county.some((u) => u.kind !== 'DEPARTMENT')).toBe(true);
    expect(new Set(pub.map((c) => c.year))).toEqual(new Set([2023, 2024, 2025, 2026]));
  });

  it('covers the four brands of the speech, one title containing 党旗引航', () => {
    for (const name of ['“党员服务先锋”', '驻村干部“三一”工作法', '基层组织建设“美丽工程”', '“党旗引航”工程']) {
      const brand = brands.find((b) => b.name === name)!;
      expect(published().some((c) => c.brandId === brand.id)).toBe(true);
    }
    expect(published().some((c) => c.title.includes('党旗引航'))).toBe(true);
  });

  it('keeps every case’s text, tags, level, unit, author, dates and search tokens consistent', async () => {
    const unitUser = new Map(
      (await db.select().from(t.users)).filter((u) => u.role === 'UNIT').map((u) => [u.unitId, u.id]),
    );
    expect([unitUser.get(ids.village), unitUser.get(ids.community)]).toEqual([ids.unit, ids.unit2]);
    for (const c of cases) {
      expect([...c.title].length).toBeLessThanOrEqual(60);
      expect([...c.summary].length).toBeLessThanOrEqual(300);
      const sections = [c.background, c.practice, c.results, c.lessons];
      for (const html of sections) {
        expect(html).toMatch(/^<(p|ul)>/);
        expect(html.replace(ALLOWED, '')).not.toMatch(/[<>]/);
      }
      expect(c.tags.length).toBeGreaterThanOrEqual(2);
      expect(c.tags.length).toBeLessThanOrEqual(5);
      expect(c.tags.every((tag) => (CASE_TAGS as readonly string[]).includes(tag))).toBe(true);
      const brand = brands.find((b) => b.id === c.brandId);
      if (brand) {
        expect(rank(c.level)).toBeLessThanOrEqual(rank(brand.level));
        expect(c.unitId).toBe(brand.unitId);
        expect(c.createdAt.getTime()).toBeGreaterThan(brand.createdAt.getTime());
      }
      expect(c.createdBy).toBe(unitUser.get(c.unitId) ?? ids.admin);
      expect(c.publishedAt !== null).toBe(c.status === 'PUBLISHED');
      expect(c.year).toBe(beijingYear(c.publishedAt ?? c.createdAt));
      expect(c.createdAt.getTime()).toBeLessThanOrEqual(c.updatedAt.getTime());
      expect(c.updatedAt.getTime()).toBeLessThan(MIDNIGHT);
      expect(c.viewCount).toBeGreaterThanOrEqual(0);
      expect(c.viewCount).toBeLessThanOrEqual(2000);
      if (c.status !== 'PUBLISHED') {
        expect(c.viewCount).toBe(0);
      }
      expect(c.searchTitle).toBe(searchTokens(c.title));
      expect(c.searchBody).toBe(searchTokens(c.summary, ...sections.map(plainText), c.tags.join(' ')));
    }
    expect(new Set(published().flatMap((c) => c.tags))).toEqual(new Set(CASE_TAGS));
    expect(new Set(published().map((c) => c.viewCount)).size).toBeGreaterThan(30);
  });

  it('has drafts, cases waiting for the leader and returned ones, with the leader’s reviews', async () => {
    const reviews = await db.select().from(t.modelCaseReviews).orderBy(asc(t.modelCaseReviews.createdAt));
    const school = brands.find((b) => b.name === '桃源村“农家党校”')!;
    const drafts = cases.filter((c) => c.status === 'DRAFT');
    expect(drafts.some((c) => c.unitId === ids.village && c.brandId === school.id && c.createdBy === ids.unit)).toBe(
      true,
    );
    const submitted = cases.filter((c) => c.status === 'SUBMITTED');
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    expect(submitted.some((c) => c.unitId === ids.community && c.createdBy === ids.unit2)).toBe(true);
    const returned = cases.filter((c) => c.status === 'RETURNED');
    expect(returned.some((c) => c.unitId === ids.village && c.createdBy === ids.unit)).toBe(true);
    expect(cases.some((c) => c.status !== 'PUBLISHED' && c.unitId === ids.village)).toBe(true);
    for (const c of cases) {
      const own = reviews.filter((r) => r.caseId === c.id);
      expect(own.every((r) => r.reviewerId === ids.leader)).toBe(true);
      expect(own.filter((r) => r.decision === 'PUBLISH')).toHaveLength(c.status === 'PUBLISHED' ? 1 : 0);
      if (c.status === 'PUBLISHED') {
        expect(own.at(-1)!.decision).toBe('PUBLISH');
        expect(own.at(-1)!.createdAt.getTime()).toBe(c.publishedAt!.getTime());
      }
      if (c.status === 'RETURNED') {
        expect(own.at(-1)!.decision).toBe('RETURN');
      }
      for (const r of own.filter((x) => x.decision === 'RETURN')) {
        expect(r.comment).toMatch(/[\u4e00-\u9fa5]{10}/);
        expect(r.createdAt.getTime()).toBeLessThan(c.updatedAt.getTime() + 1);
      }
      if (c.status === 'DRAFT') {
        expect(own).toHaveLength(0);
      }
    }
    expect(submitted.some((c) => reviews.some((r) => r.caseId === c.id && r.decision === 'RETURN'))).toBe(true);
    expect(published().some((c) => reviews.some((r) => r.caseId === c.id && r.decision === 'RETURN'))).toBe(true);
  });

  it('features 4–6 cases, all published', () => {
    const featured = cases.filter((c) => c.featured);
    expect(featured.length).toBeGreaterThanOrEqual(4);
    expect(featured.length).toBeLessThanOrEqual(6);
    for (const c of cases) {
      expect(c.featuredAt !== null).toBe(c.featured);
    }
    for (const c of featured) {
      expect(c.status).toBe('PUBLISHED');
      expect(c.featuredAt!.getTime()).toBeGreaterThan(c.publishedAt!.getTime());
      expect(c.featuredAt!.getTime()).toBeLessThan(MIDNIGHT);
    }
  });

  it('cites a published case of its own on the latest promotion of every brand above county level', async () => {
    const changes = await db.select().from(t.brandLevelChanges).orderBy(asc(t.brandLevelChanges.at));
    const promoted = brands.filter((b) => rank(b.level) >= 1);
    expect(promoted.length).toBeGreaterThanOrEqual(4);
    for (const b of promoted) {
      const own = changes.filter((l) => l.brandId === b.id);
      const latest = own.at(-1)!;
      expect(own.slice(0, -1).every((l) => l.caseId === null)).toBe(true);
      const c = cases.find((x) => x.id === latest.caseId)!;
      expect(c.status).toBe('PUBLISHED');
      expect(c.brandId).toBe(b.id);
      expect(c.level).toBe(latest.toLevel);
      expect(c.publishedAt!.getTime()).toBeLessThan(latest.at.getTime());
    }
  });

  it('puts each workflow step on the brand’s timeline in time order, publishing and featuring in public', async () => {
    const events = await db.select().from(t.timelineEvents).orderBy(asc(t.timelineEvents.seq));
    const times = events.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const reviews = await db.select().from(t.modelCaseReviews);
    const caseEvents = events.filter((e) => e.kind.startsWith('CASE_'));
    expect(new Set(caseEvents.map((e) => e.kind))).toEqual(
      new Set(['CASE_SUBMITTED', 'CASE_PUBLISHED', 'CASE_RETURNED', 'CASE_FEATURED']),
    );
    for (const c of cases) {
      const own = caseEvents.filter((e) => (e.data as { caseId?: string }).caseId === c.id);
      if (c.brandId === null || c.status === 'DRAFT') {
        expect(own).toHaveLength(0);
        continue;
      }
      const shown = (kind: string) => kind === 'CASE_PUBLISHED' || kind === 'CASE_FEATURED';
      expect(own.every((e) => e.brandId === c.brandId && e.public === shown(e.kind))).toBe(true);
      const kinds = own.map((e) => e.kind);
      const returns = reviews.filter((r) => r.caseId === c.id && r.decision === 'RETURN').length;
      expect(kinds.filter((k) => k === 'CASE_RETURNED')).toHaveLength(returns);
      expect(kinds.filter((k) => k === 'CASE_SUBMITTED')).toHaveLength(c.status === 'RETURNED' ? returns : returns + 1);
      expect(kinds.includes('CASE_PUBLISHED')).toBe(c.status === 'PUBLISHED');
      expect(kinds.includes('CASE_FEATURED')).toBe(c.featured);
      expect(kinds[0]).toBe('CASE_SUBMITTED');
      // One write per step: saved, each submission, each return and the edit before resubmitting, publish, feature.
      const submits = kinds.filter((k) => k === 'CASE_SUBMITTED').length;
      expect(c.version).toBe(2 * submits + returns + Number(c.status === 'PUBLISHED') + Number(c.featured));
      expect(own.at(-1)!.at.getTime()).toBe(c.updatedAt.getTime());
    }
  });

  it('stores 4–6 covers as decodable PNG attachments of their cases', async () => {
    const attachments = await db.select().from(t.attachments);
    const blobs = await db.select().from(t.attachmentBlobs);
    const covers = attachments.filter((a) => a.subjectKind === 'MODEL_CASE');
    expect(covers.length).toBeGreaterThanOrEqual(4);
    expect(covers.length).toBeLessThanOrEqual(6);
    expect(cases.filter((c) => c.coverAttachmentId)).toHaveLength(covers.length);
    for (const a of covers) {
      const c = cases.find((x) => x.id === a.subjectId)!;
      expect(c.coverAttachmentId).toBe(a.id);
      expect(a.ownerId).toBe(c.createdBy);
      expect(a.createdAt.getTime()).toBeLessThan(c.updatedAt.getTime());
      const blob = blobs.find((b) => b.attachmentId === a.id)!;
      expect(a.sha256).toBe(createHash('sha256').update(blob.data).digest('hex'));
      expect(inspectPng(blob.data).crcOk).toBe(true);
    }
  });

  it('finds the 党旗引航 case with the bigram query 党旗, and 党员服务先锋 cases with 服务先锋, in SQL', async () => {
    const search = async (q: string) =>
      db
        .select({ id: t.modelCases.id, title: t.modelCases.title })
        .from(t.modelCases)
        .where(sql`${t.modelCases.searchVector} @@ to_tsquery('simple', ${searchQuery(q)})`);
    const flag = cases.find((c) => c.title.includes('党旗引航'))!;
    expect(searchQuery('党旗')).toBe('党旗');
    expect((await search('党旗')).map((r) => r.id)).toContain(flag.id);
    const [row] = await db
      .select({ hit: sql<boolean>`${t.modelCases.searchVector} @@ to_tsquery('simple', '党旗')` })
      .from(t.modelCases)
      .where(sql`${t.modelCases.id} = ${flag.id}`);
    expect(row.hit).toBe(true);
    const service = await search('服务先锋');
    expect(service.some((r) => r.title.includes('党员服务先锋'))).toBe(true);
    expect((await search('调解')).length).toBeGreaterThanOrEqual(4);
    expect((await search('猕猴桃')).map((r) => r.id)).toContain(named('“青石红”猕猴桃的党建密码').id);
  });
});

describe('demo cases on other days', () => {
  it.each(['2026-01-01', '2026-01-04', '2026-03-01', '2027-01-05', '2028-02-29', '2030-12-31'])(
    'keep their promises on %s',
    (day) => {
      const rows = buildDemoRows(day, new Map());
      const start = Date.parse(`${day}T00:00:00+08:00`);
      const year = Number(day.slice(0, 4));
      const pub = rows.modelCases.filter((c) => c.status === 'PUBLISHED');
      expect(pub.length).toBeGreaterThanOrEqual(40);
      const stamps = [
        ...rows.modelCases.flatMap((c) => [c.createdAt!, c.updatedAt!, c.publishedAt, c.featuredAt]),
        ...rows.modelCaseReviews.map((r) => r.createdAt!),
      ].filter((d): d is Date => d instanceof Date);
      expect(stamps.every((d) => d.getTime() < start)).toBe(true);
      const years = new Set(pub.map((c) => c.year));
      expect(years.size).toBeGreaterThanOrEqual(3);
      expect([...years].every((y) => y >= year - 3 && y <= year)).toBe(true);
      for (const l of rows.brandLevelChanges.filter((x) => x.caseId)) {
        const c = rows.modelCases.find((x) => x.id === l.caseId)!;
        expect(c.publishedAt!.getTime()).toBeLessThan(l.at!.getTime());
      }
      const times = rows.timelineEvents.map((e) => e.at!.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    },
  );
});
