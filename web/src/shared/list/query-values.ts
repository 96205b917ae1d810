import type { LocationQuery } from 'vue-router';

/** Every value of a query parameter, repeated (`?a=1&a=2`) or comma-separated (`?a=1,2`). */
export function values(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (v ? v.split(',') : []));
}

/** The first value of a query parameter, or null. */
export function single(value: LocationQuery[string] | undefined): string | null {
  return values(value)[0] ?? null;
}

/** The allowed values among `raw`, in the allowed order, each once (a hand-edited URL never breaks a page). */
export function pick<T extends string>(raw: string[], allowed: readonly T[]): T[] {
  return allowed.filter((v) => raw.includes(v));
}

/** A page count from the URL: a whole number from 1 to `max`, else 1. */
export function pageOf(value: LocationQuery[string] | undefined, max = 50): number {
  const page = Number(single(value));
  return Number.isInteger(page) && page > 1 ? Math.min(page, max) : 1;
}
