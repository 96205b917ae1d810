import { ref } from 'vue';
import type { LocalDraft, PlanDraftStore } from './plan-draft-store';

/**
 * "My content": what the user typed, kept aside (and in this browser) when the server holds someone else's
 * version, until the user puts it back or says it is no longer needed.
 */
export function useMyCopy(store: PlanDraftStore, current: () => LocalDraft) {
  const mine = ref<LocalDraft | null>(store.loadMine());

  function keep(): void {
    const draft = current();
    mine.value = draft;
    store.keepMine(draft);
  }

  function dismiss(): void {
    mine.value = null;
    store.clearMine();
  }

  /** The kept content, handed over once (and forgotten). */
  function take(): LocalDraft | null {
    const draft = mine.value;
    dismiss();
    return draft;
  }

  return { mine, keep, dismiss, take };
}
