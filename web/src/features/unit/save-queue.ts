import { onScopeDispose } from 'vue';

/** Whether a save should run now: `blocked` (conflict, read-only, invalid: refuse), `current` (nothing new), `go`. */
export type SaveReadiness = 'blocked' | 'current' | 'go';

/**
 * The timing of an editor's saves (the plan editor, the case editor): one save at a time — a save asked for while
 * one runs waits for it, then checks again — a delayed save after typing stops (`later`), and no timer left
 * running once the editor's scope is gone.
 */
export function useSaveQueue(run: () => Promise<boolean>, readiness: () => SaveReadiness, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;

  function cancel(): void {
    clearTimeout(timer);
  }

  /** Saves now: true when the server has what the editor shows. */
  async function save(): Promise<boolean> {
    cancel();
    if (inFlight) {
      await inFlight;
    }
    const ready = readiness();
    if (ready !== 'go') {
      return ready === 'current';
    }
    inFlight = run();
    try {
      return await inFlight;
    } finally {
      inFlight = null;
    }
  }

  /** Saves once typing has stopped for `delayMs` (each call restarts the wait). */
  function later(): void {
    cancel();
    timer = setTimeout(() => void save(), delayMs);
  }

  onScopeDispose(cancel);
  return { save, later, cancel };
}
