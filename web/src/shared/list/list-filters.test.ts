import { describe, expect, it } from 'vitest';
import { dayField, defineListFilters, enumsField, flagField, idField, localField, textField } from './list-filters';

const COLOURS = ['RED', 'GOLD', 'GREY'] as const;
const spec = defineListFilters({
  search: textField('q', 10),
  colour: enumsField('colour', COLOURS),
  townId: idField('town'),
  overdue: flagField('overdue'),
  from: dayField('from'),
  band: localField<number | null>({
    param: 'band',
    empty: null,
    read: (raw) => (/^\d+$/.test(raw[0] ?? '') ? Number(raw[0]) : null),
    write: (v) => (v === null ? null : String(v)),
  }),
});

describe('list filters made from their fields', () => {
  it('starts unfiltered on the first page, with a bare URL and an empty server filter', () => {
    expect(spec.empty).toEqual({
      search: '',
      colour: [],
      townId: null,
      overdue: false,
      from: null,
      band: null,
      page: 1,
    });
    expect(spec.parse({})).toEqual(spec.empty);
    expect(spec.toQuery(spec.empty)).toEqual({});
    expect(spec.toFilter(spec.empty)).toEqual({});
    expect(spec.isFiltered(spec.empty)).toBe(false);
  });

  it('reads each parameter, ignoring what is malformed', () => {
    const f = spec.parse({
      q: '  党建引领基层治理示范点建设  ',
      colour: ['GOLD,BLUE', 'RED'],
      town: 't1',
      overdue: '1',
      from: '2026-07-01',
      band: '3',
      page: '4',
    });
    expect(f).toEqual({
      search: '党建引领基层治理示范',
      colour: ['RED', 'GOLD'],
      townId: 't1',
      overdue: true,
      from: '2026-07-01',
      band: 3,
      page: 4,
    });
    expect(spec.parse({ overdue: 'yes', from: '7月1日', band: 'x', page: '-2', colour: 'BLUE' })).toEqual(spec.empty);
    expect(spec.parse({ page: '999' }).page).toBe(50);
  });

  it('writes the URL it reads back, and leaves the first page out', () => {
    const f = { ...spec.empty, search: '红色', colour: ['GREY' as const], overdue: true, band: 2, page: 3 };
    expect(spec.toQuery(f)).toEqual({ q: '红色', colour: ['GREY'], overdue: '1', band: '2', page: '3' });
    expect(spec.parse(spec.toQuery(f) as never)).toEqual(f);
    expect(spec.toQuery({ ...f, page: 1 })).not.toHaveProperty('page');
  });

  it('sends the server what it filters, each only when set, never a local field', () => {
    const f = { ...spec.empty, search: ' 红色 ', townId: 't1', from: '2026-01-01', band: 5 };
    const sent: { search?: string; colour?: ('RED' | 'GOLD' | 'GREY')[]; townId?: string; from?: string } =
      spec.toFilter(f);
    // @ts-expect-error a local field is not part of the server filter
    expect(sent.band).toBeUndefined();
    expect(sent).toEqual({ search: '红色', townId: 't1', from: '2026-01-01' });
    expect(spec.toFilter({ ...spec.empty, overdue: true, colour: ['RED'] })).toEqual({
      overdue: true,
      colour: ['RED'],
    });
  });

  it('counts every field but the page as narrowing the list, local ones too', () => {
    expect(spec.isFiltered({ ...spec.empty, page: 5 })).toBe(false);
    expect(spec.isFiltered({ ...spec.empty, search: '  ' })).toBe(false);
    expect(spec.isFiltered({ ...spec.empty, band: 0 })).toBe(true);
    expect(spec.isFiltered({ ...spec.empty, colour: ['RED'] })).toBe(true);
    expect(spec.isFiltered({ ...spec.empty, overdue: true })).toBe(true);
  });
});
