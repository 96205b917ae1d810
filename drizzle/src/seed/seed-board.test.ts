import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DRAW_RULE, mulberry32 } from './build-draw';
import { buildDemoRows, seedId } from './index';

const TODAY = '2026-11-26';
const MIDNIGHT = Date.parse(`${TODAY}T00:00:00+08:00`);
const SHOWCASE = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'];
const rows = buildDemoRows(TODAY, new Map());
const inspector = seedId('user:inspector');
const isOverdue = (r: (typeof rows.rectifications)[number], today = TODAY) =>
  r.status !== 'VERIFIED' && r.deadline < today;

/** The Beijing date of a timestamp. */
function beijingDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

describe('demo seed: timeline, public board and spot-check draw', () => {
  it('adds supervision events to the brands’ timelines, public only for verified public items', () => {
    const events = rows.timelineEvents;
    const recorded = events.filter((e) => e.kind === 'INSPECTION_RECORDED');
    expect(recorded).toHaveLength(rows.inspections.filter((i) => i.brandId).length);
    for (const kind of ['RECTIFICATION_UPDATED', 'RECTIFICATION_VERIFIED', 'RECTIFICATION_REJECTED']) {
      expect(events.some((e) => e.kind === kind)).toBe(true);
    }
    for (const e of events.filter((x) => x.kind.startsWith('RECTIFICATION_') || x.kind === 'INSPECTION_RECORDED')) {
      const r = rows.rectifications.find((x) => x.id === (e.data as { rectificationId?: string }).rectificationId);
      expect(e.public).toBe(e.kind === 'RECTIFICATION_VERIFIED' && r!.public);
      expect(e.at!.getTime()).toBeLessThan(MIDNIGHT);
    }
    expect(events.some((e) => e.kind === 'RECTIFICATION_VERIFIED' && e.public)).toBe(true);
    const times = events.map((e) => e.at!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('has mixed public reviews on public items only, at most one per item, client and day', () => {
    const reviews = rows.publicReviews;
    expect(reviews.length).toBeGreaterThan(30);
    const seen = new Set<string>();
    for (const v of reviews) {
      const r = rows.rectifications.find((x) => x.id === v.rectificationId)!;
      expect(r.public).toBe(true);
      expect(v.clientKey).toMatch(/^[0-9a-f]{64}$/);
      expect(v.day >= beijingDay(r.createdAt!)).toBe(true);
      expect(v.day < TODAY).toBe(true);
      expect(v.createdAt!.getTime()).toBeGreaterThanOrEqual(r.createdAt!.getTime());
      const key = `${v.rectificationId}|${v.clientKey}|${v.day}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    const publicItems = rows.rectifications.filter((r) => r.public);
    const perItem = publicItems.map((r) => reviews.filter((v) => v.rectificationId === r.id).length);
    expect(Math.max(...perItem)).toBeLessThanOrEqual(8);
    expect(perItem.filter((n) => n > 0).length).toBeGreaterThan(perItem.length / 2);
    const rating = (s: string) => reviews.filter((v) => v.rating === s).length;
    expect(rating('SATISFIED') + rating('BASICALLY_SATISFIED')).toBeGreaterThan(reviews.length * 0.7);
    const overdue = new Set(rows.rectifications.filter((r) => isOverdue(r)).map((r) => r.id));
    expect(reviews.some((v) => v.rating === 'UNSATISFIED' && overdue.has(v.rectificationId))).toBe(true);
    expect(reviews.some((v) => v.comment)).toBe(true);
    expect(reviews.some((v) => v.comment === null)).toBe(true);
    const clients = Array.from({ length: 40 }, (_, n) => createHash('sha256').update(`demo-client-${n}`).digest('hex'));
    expect(reviews.every((v) => clients.includes(v.clientKey))).toBe(true);
  });

  it('records the inspector’s spot-check draw: two brands checked, two pending, replayable from its seed', () => {
    expect(rows.spotCheckDraws).toHaveLength(1);
    const [draw] = rows.spotCheckDraws;
    const items = [...rows.spotCheckDrawItems].sort((a, b) => a.position - b.position);
    expect(draw.count).toBe(4);
    expect(draw.rule).toBe(DRAW_RULE);
    expect(draw.drawnBy).toBe(inspector);
    const showcase = rows.brands.filter((b) => SHOWCASE.includes(b.stage!));
    expect(draw.candidates).toBe(showcase.length);
    expect(MIDNIGHT - draw.createdAt!.getTime()).toBeLessThan(7 * 86_400_000);
    expect(items).toHaveLength(4);
    const done = items.filter((i) => i.done);
    expect(done).toHaveLength(2);
    expect(items.filter((i) => !i.done && i.inspectionId === null)).toHaveLength(2);
    for (const item of done) {
      const i = rows.inspections.find((x) => x.id === item.inspectionId)!;
      expect(i.kind).toBe('SPOT');
      expect(i.drawItemId).toBe(item.id);
      expect([i.brandId, i.unitId]).toEqual([item.brandId, item.unitId]);
      expect(i.createdAt!.getTime()).toBeGreaterThan(draw.createdAt!.getTime());
    }
    expect(rows.inspections.filter((i) => i.drawItemId)).toHaveLength(2);
    for (const item of items) {
      // Worded as the server words a real draw's reasons, so the pending list reads the same for both.
      expect(item.reasons[0]).toBe('基础权重 1');
      expect(
        item.reasons.every((r) =>
          ['基础权重 1', '所属单位为后进等次 +2', '所属单位为一般等次 +1', '健康度为红色 +2'].includes(r),
        ),
      ).toBe(true);
      expect(item.weight).toBe(1 + item.reasons.slice(1).reduce((s, r) => s + Number(r.split('+')[1]), 0));
    }
    // Replay: weights by the unit's tier (+2 for the brand drawn as red), picked with mulberry32(seed).
    const weight = (brandId: string) => {
      const drawn = items.find((i) => i.brandId === brandId);
      const tier = rows.units.find((u) => u.id === rows.brands.find((b) => b.id === brandId)!.unitId)!.tier;
      return drawn ? drawn.weight : 1 + (tier === 'LAGGING' ? 2 : tier === 'AVERAGE' ? 1 : 0);
    };
    const random = mulberry32(draw.seed);
    const pool = showcase.map((b) => ({ id: b.id!, w: weight(b.id!) }));
    const replay: string[] = [];
    for (let k = 0; k < draw.count!; k += 1) {
      let r = random() * pool.reduce((s, c) => s + c.w, 0);
      let j = 0;
      while (j < pool.length - 1 && r >= pool[j].w) {
        r -= pool[j].w;
        j += 1;
      }
      replay.push(pool.splice(j, 1)[0].id);
    }
    expect(replay).toEqual(items.map((i) => i.brandId));
  });
});

describe('supervision rows on other days', () => {
  it.each(['2026-01-01', '2026-03-01', '2027-01-05', '2028-02-29', '2030-12-31'])(
    'keep their promises on %s',
    (day) => {
      const other = buildDemoRows(day, new Map());
      const start = Date.parse(`${day}T00:00:00+08:00`);
      const stamps = [
        ...other.inspections.map((i) => i.createdAt!),
        ...other.rectificationEvents.map((e) => e.at!),
        ...other.publicReviews.map((r) => r.createdAt!),
        ...other.attachments.map((a) => a.createdAt!),
        ...other.spotCheckDraws.map((d) => d.createdAt!),
      ];
      expect(stamps.every((d) => d.getTime() < start)).toBe(true);
      expect(new Set(other.inspections.map((i) => i.kind)).size).toBe(3);
      expect(new Set(other.rectifications.map((r) => r.status)).size).toBe(4);
      expect(other.rectifications.filter((r) => isOverdue(r, day)).length).toBeGreaterThanOrEqual(4);
      for (const r of other.rectifications) {
        const i = other.inspections.find((x) => x.id === r.inspectionId)!;
        expect(r.deadline >= i.date && i.date < day).toBe(true);
      }
      expect(other.publicReviews.every((r) => r.day < day)).toBe(true);
      expect(other.spotCheckDrawItems.filter((d) => !d.done)).toHaveLength(2);
      const village = seedId('brand:桃源村“农家党校”');
      const months = (kind: string) =>
        other.inspections.filter((i) => i.brandId === village && i.kind === kind).map((i) => i.date.slice(0, 7));
      expect(months('SELF').some((m) => months('REGULAR').includes(m))).toBe(true);
    },
  );
});
