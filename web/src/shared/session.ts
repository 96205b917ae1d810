import { reactive } from 'vue';
import { LoginDocument, LogoutDocument, MeDocument, type MeQuery } from '../gql/graphql';
import { errorCode, errorMessage, graphqlClient } from './graphql';

export type SessionUser = NonNullable<MeQuery['me']>;
export type Role = SessionUser['role'];

/**
 * Who is logged in, shared by the layout, the router guard and the pages. `unreachable`: the last attempt to ask
 * the server failed (network down, server restarting), so "nobody" is not known to be true.
 */
export const session = reactive<{ user: SessionUser | null; loaded: boolean; unreachable: boolean }>({
  user: null,
  loaded: false,
  unreachable: false,
});

/**
 * What the answer to `me` says: the user (null when nobody is logged in) or that the server could not be asked —
 * a failed request must not look like a logout.
 */
export function meOutcome(r: { data?: MeQuery | null; error?: unknown }): {
  user: SessionUser | null;
  unreachable: boolean;
} {
  if (r.data && 'me' in r.data) {
    return { user: r.data.me ?? null, unreachable: false };
  }
  return { user: null, unreachable: Boolean(r.error) };
}

let loading: Promise<SessionUser | null> | null = null;

/** Asks the server who the session cookie belongs to (once; `force` asks again). */
export function loadSession(force = false): Promise<SessionUser | null> {
  if (!loading || force) {
    loading = graphqlClient
      .query(MeDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        const outcome = meOutcome(r);
        session.user = outcome.user;
        session.unreachable = outcome.unreachable;
        session.loaded = true;
        if (outcome.unreachable) {
          loading = null; // ask again next time rather than remember "nobody"
        }
        return session.user;
      });
  }
  return loading;
}

/** Logs in; resolves with the user, or rejects with the server's Chinese message (and code). */
export async function login(username: string, password: string): Promise<SessionUser> {
  const r = await graphqlClient.mutation(LoginDocument, { username, password }).toPromise();
  if (!r.data?.login) {
    throw Object.assign(new Error(errorMessage(r.error) ?? '登录失败'), { code: errorCode(r.error) });
  }
  session.user = r.data.login;
  session.loaded = true;
  session.unreachable = false;
  loading = Promise.resolve(session.user);
  return session.user;
}

/** Ends the session on the server and forgets the user here. */
export async function logout(): Promise<void> {
  await graphqlClient.mutation(LogoutDocument, {}).toPromise();
  session.user = null;
  loading = Promise.resolve(null);
}

/** Called when the server says UNAUTHENTICATED for a user we thought logged in: the session expired. */
export function sessionExpired(): void {
  session.user = null;
  loading = Promise.resolve(null);
}

/** The role names, from the glossary's labels (kept here too, beside the session that carries the role). */
export { ROLE_LABEL } from './labels';
