/** Where the inspection area's pages are (no components here, so logic and tests can link to them). */
export const SPOT_CHECKS_PATH = '/workspace/spot-checks';
export const SELF_INSPECTIONS_PATH = '/workspace/self-inspections';
export const INSPECTION_LIST_PATH = '/workspace/inspections';

/** The inspection form for a subject (any part may be left out). */
export function inspectionFormPath(q: {
  unitId?: string | null;
  brandId?: string | null;
  kind?: string | null;
}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v) {
      params.set(k, v);
    }
  }
  const s = params.toString();
  return `/workspace/inspections/new${s ? `?${s}` : ''}`;
}

/** One inspection's page. */
export function inspectionPath(id: string): string {
  return `/workspace/inspections/${encodeURIComponent(id)}`;
}
