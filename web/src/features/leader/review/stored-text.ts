import { ref, watch, type Ref } from 'vue';

/** Where typed text is kept: the tab's session storage (unavailable storage simply keeps nothing). */
function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Text the user is typing that must survive a refresh or a reload (a return reason typed before a conflict),
 * kept in session storage under `key` until `clear()`.
 */
export function useStoredText(key: string): { text: Ref<string>; clear: () => void } {
  const store = storage();
  const text = ref(store?.getItem(key) ?? '');
  watch(text, (value) => {
    if (value) {
      store?.setItem(key, value);
    } else {
      store?.removeItem(key);
    }
  });
  return {
    text,
    clear: () => {
      text.value = '';
      store?.removeItem(key);
    },
  };
}
