/** The lists the server exports (GET /exports/<list>.<format>). */
export type ExportList = 'brands' | 'rectifications' | 'inspections' | 'units' | 'users' | 'cases';

/**
 * The export of a list with the same filter the page asks GraphQL for, streamed by the server with the viewer's
 * rights: `/exports/units.xlsx?filter=%7B%22tier%22%3A%5B%22LAGGING%22%5D%7D`. Empty filters are left out.
 */
export function exportUrl(list: ExportList, format: 'csv' | 'xlsx', filter: object | null | undefined): string {
  const entries = Object.entries(filter ?? {}).filter(
    ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  const base = `/exports/${list}.${format}`;
  return entries.length ? `${base}?filter=${encodeURIComponent(JSON.stringify(Object.fromEntries(entries)))}` : base;
}
