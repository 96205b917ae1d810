/** The end cursor after `first` items that follow `after`, and whether more items follow. */
export type CursorFetcher = (
  first: number,
  after: string | null,
) => Promise<{ endCursor: string | null; hasNextPage: boolean }>;

/** The most items one request may ask for (API.md: `first` above 100 is refused). */
export const MAX_FIRST = 100;

/**
 * The cursor after which the item at `offset` begins (null for the first item), found by asking for cursors only,
 * at most 100 items a request. When the list ends before `offset` (a page past the end), the cursor after its
 * last item: the page then shows as empty rather than as the first page.
 */
export async function cursorAt(offset: number, fetchCursor: CursorFetcher): Promise<string | null> {
  let after: string | null = null;
  let remaining = offset;
  while (remaining > 0) {
    const take = Math.min(MAX_FIRST, remaining);
    const page = await fetchCursor(take, after);
    after = page.endCursor ?? after;
    remaining -= take;
    if (!page.hasNextPage) {
      break;
    }
  }
  return after;
}

/** Cursors already known, per list (filter and sort) and offset, so paging on costs no extra request. */
export class CursorCache {
  private readonly known = new Map<string, string>();

  private key(list: string, offset: number): string {
    return `${list}@${offset}`;
  }

  get(list: string, offset: number): string | null | undefined {
    return offset === 0 ? null : this.known.get(this.key(list, offset));
  }

  set(list: string, offset: number, cursor: string | null | undefined): void {
    if (cursor) {
      this.known.set(this.key(list, offset), cursor);
    }
  }
}
