import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/core';

/**
 * The portal's GraphQL client: same-origin POST with the session cookie, JSON only (Apollo's CSRF prevention
 * accepts `content-type: application/json`). Requests are never batched.
 */
let unauthenticated: () => void = () => undefined;

/** Registers what to do when the server answers UNAUTHENTICATED (the session expired or was ended). */
export function onUnauthenticated(handler: () => void): void {
  unauthenticated = handler;
}

export const graphqlClient = new Client({
  url: '/graphql',
  exchanges: [
    cacheExchange,
    mapExchange({
      onError(error) {
        if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          unauthenticated();
        }
      },
    }),
    fetchExchange,
  ],
  preferGetMethod: false,
  fetchOptions: () => ({ credentials: 'same-origin', headers: { 'content-type': 'application/json' } }),
  requestPolicy: 'cache-and-network',
});

/** The server's Chinese message for an error, or a general one when the network failed. */
export function errorMessage(error: CombinedError | null | undefined): string | null {
  if (!error) {
    return null;
  }
  if (error.networkError) {
    return '网络连接失败，请检查网络后重试';
  }
  return error.graphQLErrors[0]?.message ?? '操作失败，请稍后再试';
}

/** The error code (extensions.code) of a GraphQL error, e.g. RATE_LIMITED. */
export function errorCode(error: CombinedError | null | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What a stale `version` (CONFLICT) means to the user; pages add that what they typed is kept. */
export const CONFLICT_MESSAGE = '其他人已修改此内容——请刷新查看他们的修改';
