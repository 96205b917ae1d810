import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { pageOf, pick, values } from './query-values';

/**
 * One filter of a list page: how it reads from and writes to its URL query parameter, and what it sends the
 * server (`undefined`: leave it out of the GraphQL/export filter; fields the server does not filter never send).
 */
export interface FilterField<T, G = T> {
  /** The URL query parameter, e.g. `town` for a `townId` filter. */
  param: string;
  /** The value when the URL says nothing. */
  empty: T;
  /** From every value of the parameter (`?a=1&a=2` or `?a=1,2`); malformed input gives `empty`. */
  read(raw: string[]): T;
  /** To the URL; null leaves the parameter out. */
  write(value: T): string | string[] | null;
  /** To the server's filter; undefined leaves the key out. */
  send(value: T): G | undefined;
  /** Worked out by the page from what the server returns (never sent). */
  local?: true;
}

/** Free text (trimmed, at most `max` characters). */
export function textField(param: string, max = 50): FilterField<string> {
  const clean = (s: string) => s.trim().slice(0, max);
  return {
    param,
    empty: '',
    read: (raw) => clean(raw[0] ?? ''),
    write: (v) => clean(v) || null,
    send: (v) => clean(v) || undefined,
  };
}

/** Any of some enum values, kept in the allowed order (a hand-edited URL never breaks a page). */
export function enumsField<E extends string>(param: string, allowed: readonly E[]): FilterField<E[]> {
  return {
    param,
    empty: [],
    read: (raw) => pick(raw, allowed),
    write: (v) => (v.length ? [...v] : null),
    send: (v) => (v.length ? [...v] : undefined),
  };
}

/** One id (a town, a unit…), or null for all. */
export function idField(param: string): FilterField<string | null, string> {
  return {
    param,
    empty: null,
    read: (raw) => raw[0] || null,
    write: (v) => v,
    send: (v) => v ?? undefined,
  };
}

/** An on/off switch (`?overdue=1`); off sends nothing. */
export function flagField(param: string): FilterField<boolean> {
  return {
    param,
    empty: false,
    read: (raw) => raw[0] === '1',
    write: (v) => (v ? '1' : null),
    send: (v) => (v ? true : undefined),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day `YYYY-MM-DD`, or null. */
export function dayField(param: string): FilterField<string | null, string> {
  return {
    param,
    empty: null,
    read: (raw) => (raw[0] && DAY.test(raw[0]) ? raw[0] : null),
    write: (v) => v,
    send: (v) => v ?? undefined,
  };
}

/** A filter the page works out itself from what the server returns: in the URL, never sent. */
export function localField<T>(field: Omit<FilterField<T>, 'send' | 'local'>): FilterField<T, never> & { local: true } {
  return { ...field, send: () => undefined, local: true };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field of any value type
type AnyField = FilterField<any, any>;
export type Fields = Record<string, AnyField>;

/** The filters a page holds: one value per field, plus how many pages of the list are shown. */
export type FilterValues<S extends Fields> = { [K in keyof S]: S[K]['empty'] } & { page: number };

/** What the server is sent: the fields it filters, each only when set. */
export type ServerFilter<S extends Fields> = {
  [K in keyof S as S[K] extends { local: true } ? never : K]?: NonNullable<ReturnType<S[K]['send']>>;
};

/** The reading and writing of one list page's filters, made from its fields by `defineListFilters`. */
export interface ListFilters<S extends Fields> {
  /** Nothing filtered, first page. */
  empty: FilterValues<S>;
  /** From the URL query, ignoring what is malformed. */
  parse(query: LocationQuery): FilterValues<S>;
  /** To the URL query; defaults are left out, so an unfiltered list has a bare URL. */
  toQuery(f: FilterValues<S>): LocationQueryRaw;
  /** The GraphQL filter, which is also the export's. */
  toFilter(f: FilterValues<S>): ServerFilter<S>;
  /** Whether anything narrows the list (the page count does not). */
  isFiltered(f: FilterValues<S>): boolean;
}

/**
 * A list's filters from a description of its fields, e.g.
 * `defineListFilters({ search: textField('q'), tier: enumsField('tier', UNIT_TIERS), townId: idField('town') })`.
 * The page count is always there (`?page=3`, from 1 to 50).
 */
export function defineListFilters<S extends Fields>(fields: S): ListFilters<S> {
  const entries = Object.entries(fields);
  const empty = { ...Object.fromEntries(entries.map(([k, f]) => [k, f.empty])), page: 1 } as FilterValues<S>;
  const isDefault = (f: AnyField, v: unknown) => f.write(v) === null;
  return {
    empty,
    parse: (query) =>
      ({
        ...Object.fromEntries(entries.map(([k, f]) => [k, f.read(values(query[f.param]))])),
        page: pageOf(query.page),
      }) as FilterValues<S>,
    toQuery: (v) => {
      const query: LocationQueryRaw = {};
      for (const [k, f] of entries) {
        const written = f.write(v[k]);
        if (written !== null) {
          query[f.param] = written;
        }
      }
      return v.page > 1 ? { ...query, page: String(v.page) } : query;
    },
    toFilter: (v) =>
      Object.fromEntries(
        entries.map(([k, f]) => [k, f.send(v[k]) as unknown]).filter(([, sent]) => sent !== undefined),
      ) as ServerFilter<S>,
    isFiltered: (v) => entries.some(([k, f]) => !isDefault(f, v[k])),
  };
}

/** The options of a ChoiceFilter for enum values, in their order, with their Chinese labels (`shared/labels`). */
export function choices<E extends string>(values: readonly E[], labels: Record<string, string>) {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}

/** The options of a ChoiceFilter for units (towns…): their ids, labelled with their names. */
export function unitChoices(units: readonly { id: string; name: string }[]) {
  return units.map((u) => ({ value: u.id, label: u.name }));
}
