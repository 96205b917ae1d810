import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { encodeCursor } from './pagination';

export { decodeCursor } from './pagination';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** What a resolver hands to a connection type: the page and a lazy total count. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Makes the Relay connection and edge types for a node type. */
export function Connection<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => [node])
    nodes(): T[] {
      return this.edges.map((e) => e.node);
    }

    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.count();
    }

    static of(page: Page<T>): ConnectionClass {
      return Object.assign(new ConnectionClass(), page);
    }
  }
  return ConnectionClass;
}

/** Checks `first` (0–100, default 20). */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw badInput({ first: `每页数量应为 0 到 ${MAX_PAGE} 之间的整数` });
  }
  return n;
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only tells whether there is a next page.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  cursorOf: (row: R) => (string | number)[],
  toNode: (row: R) => T,
  count: () => Promise<number>,
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const edges = pageRows.map((r) => ({ cursor: encodeCursor(cursorOf(r)), node: toNode(r) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    count,
  };
}
