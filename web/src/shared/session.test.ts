import { describe, expect, it } from 'vitest';
import { meOutcome } from './session';

const user = { id: 'u1', username: 'unit', displayName: '刘书记', role: 'UNIT', unit: null } as never;

describe('what the answer to me says about the session', () => {
  it('is the user when someone is logged in, and nobody when the server says so', () => {
    expect(meOutcome({ data: { me: user } })).toEqual({ user, unreachable: false });
    expect(meOutcome({ data: { me: null } })).toEqual({ user: null, unreachable: false });
  });

  it('is "could not ask" when the request failed, not a logout', () => {
    expect(meOutcome({ error: new Error('Failed to fetch') })).toEqual({ user: null, unreachable: true });
    expect(meOutcome({ data: null, error: new Error('502') })).toEqual({ user: null, unreachable: true });
  });
});
