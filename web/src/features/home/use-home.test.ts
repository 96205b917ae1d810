import { describe, expect, it } from 'vitest';
import { caseSearchLocation, groupByLevel, headlines, stageBars, withPhotoLead } from './use-home';

describe('home page logic', () => {
  it('sends the search box to the case library with the trimmed words', () => {
    expect(caseSearchLocation('  党旗 ')).toEqual({ path: '/cases', query: { q: '党旗' } });
    expect(caseSearchLocation('   ')).toEqual({ path: '/cases' });
  });

  it('groups brands by level from national down, leaving out empty levels', () => {
    const rows = groupByLevel([
      { id: 'a', name: '甲', level: 'COUNTY' },
      { id: 'b', name: '乙', level: 'NATIONAL' },
      { id: 'c', name: '丙', level: 'COUNTY' },
      { id: 'd', name: '丁', level: null },
    ]);
    expect(rows.map((r) => [r.label, r.brands.map((b) => b.id)])).toEqual([
      ['全国', ['b']],
      ['县级', ['a', 'c']],
    ]);
  });

  it('scales stage bars to the largest stage and keeps small non-zero stages visible', () => {
    const bars = stageBars({
      brandsByStage: [
        { stage: 'CULTIVATING', count: 40 },
        { stage: 'BUILDING', count: 1 },
        { stage: 'NAMED', count: 0 },
      ],
    });
    expect(bars.map((b) => [b.label, b.width])).toEqual([
      ['培育', 100],
      ['创建', 4],
      ['命名', 0],
    ]);
    expect(stageBars({ brandsByStage: [{ stage: 'BUILDING', count: 0 }] })[0].width).toBe(0);
  });

  it('writes the headline figures with Chinese grouping, a rate and what each counts', () => {
    const figures = {
      brandsByStage: [],
      showcaseBrands: 1234,
      namedBrands: 9,
      publishedCases: 44,
      publicRectifications: 20,
      verifiedRectifications: 10,
      reviewCount: 81,
      satisfactionRate: 0.9012,
    };
    const byKey = Object.fromEntries(headlines(figures).map((h) => [h.key, h]));
    expect(byKey.brands.value).toBe('1,234');
    expect(byKey.rectifications).toMatchObject({ value: '10', unit: '/ 20', label: '整改销号' });
    expect(byKey.satisfaction).toMatchObject({ value: '90.1%', note: '共 81 条群众评议' });
    const none = headlines({ ...figures, reviewCount: 0, satisfactionRate: null });
    expect(none.find((h) => h.key === 'satisfaction')).toMatchObject({ value: '—', note: '尚无群众评议' });
  });

  it('leads the featured cases with one that has a cover photo, keeping the others in order', () => {
    const a = { id: 'a', cover: null };
    const b = { id: 'b', cover: null };
    const c = { id: 'c', cover: { url: '/c.png' } };
    const d = { id: 'd', cover: { url: '/d.png' } };
    expect(withPhotoLead([a, b, c, d]).map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(withPhotoLead([d, a]).map((x) => x.id)).toEqual(['d', 'a']);
    expect(withPhotoLead([a, b]).map((x) => x.id)).toEqual(['a', 'b']);
    expect(withPhotoLead([])).toEqual([]);
  });
});
