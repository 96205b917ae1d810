import { effectScope } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSaveQueue, type SaveReadiness } from './save-queue';

afterEach(() => {
  vi.useRealTimers();
});

/** A queue over a fake save that stays in flight until `finish` is called, recording how many ran at once. */
function queue(readiness: () => SaveReadiness = () => 'go') {
  const runs: (() => void)[] = [];
  let running = 0;
  let most = 0;
  const scope = effectScope();
  const q = scope.run(() =>
    useSaveQueue(
      () =>
        new Promise<boolean>((resolve) => {
          running += 1;
          most = Math.max(most, running);
          runs.push(() => {
            running -= 1;
            resolve(true);
          });
        }),
      readiness,
      1000,
    ),
  )!;
  return { q, runs, most: () => most, scope };
}

describe('useSaveQueue', () => {
  it('runs one save at a time: a second save waits for the first, then runs', async () => {
    const { q, runs, most } = queue();
    const first = q.save();
    const second = q.save();
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    runs[0]();
    expect(await first).toBe(true);
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    runs[1]();
    expect(await second).toBe(true);
    expect(most()).toBe(1);
  });

  it('does not run when blocked or already current, and says which', async () => {
    let ready: SaveReadiness = 'blocked';
    const { q, runs } = queue(() => ready);
    expect(await q.save()).toBe(false);
    ready = 'current';
    expect(await q.save()).toBe(true);
    expect(runs).toHaveLength(0);
  });

  it('saves once after typing stops, and never after its scope is disposed', async () => {
    vi.useFakeTimers();
    const { q, runs, scope } = queue();
    q.later();
    vi.advanceTimersByTime(600);
    q.later();
    vi.advanceTimersByTime(600);
    expect(runs).toHaveLength(0);
    vi.advanceTimersByTime(400);
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    runs[0]();
    q.later();
    scope.stop();
    vi.advanceTimersByTime(5000);
    await Promise.resolve();
    expect(runs).toHaveLength(1);
  });
});
