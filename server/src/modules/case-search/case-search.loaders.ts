import DataLoader from 'dataloader';
import type { Database } from '@flagship/drizzle';
import type { CaseRow } from '../cases/cases.types';
import { similarCases } from './case-similar.repository';

/** Key of `similarCases`: the case id and how many similar cases are asked for. */
export function similarKey(caseId: string, first: number): string {
  return `${caseId}|${first}`;
}

/** The case-search module's per-request loaders; core/loaders.ts spreads them into the context's loaders. */
export function caseSearchLoaders(db: Database) {
  return {
    /** Keyed by `similarKey`: one statement per distinct `first` for every case of the request. */
    similarCases: new DataLoader<string, CaseRow[]>(async (keys) => {
      const idsByLimit = new Map<number, string[]>();
      for (const key of keys) {
        const [id, first] = key.split('|');
        idsByLimit.set(Number(first), [...(idsByLimit.get(Number(first)) ?? []), id]);
      }
      const found = new Map<string, CaseRow[]>();
      for (const [limit, ids] of idsByLimit) {
        for (const { sourceId, ...row } of await similarCases(db, ids, limit)) {
          const key = similarKey(sourceId, limit);
          found.set(key, [...(found.get(key) ?? []), row]);
        }
      }
      return keys.map((k) => found.get(k) ?? []);
    }),
  };
}
