/**
 * What the user typed into an answer or a verdict, kept in this browser until it is sent, so a conflict, a
 * refresh or a reload never loses it.
 */
const key = (kind: 'answer' | 'verdict', id: string) => `flagship:rectification-${kind}:${id}`;

export function draftStore(
  kind: 'answer' | 'verdict',
  id: string,
  storage: Storage | undefined = globalThis.localStorage,
) {
  return {
    load(): string {
      try {
        return storage?.getItem(key(kind, id)) ?? '';
      } catch {
        return '';
      }
    },
    save(text: string): void {
      try {
        if (text.trim()) {
          storage?.setItem(key(kind, id), text);
        } else {
          storage?.removeItem(key(kind, id));
        }
      } catch {
        // Storage full or disabled (private mode): the text stays only in the form.
      }
    },
    clear(): void {
      try {
        storage?.removeItem(key(kind, id));
      } catch {
        // As above.
      }
    },
  };
}
