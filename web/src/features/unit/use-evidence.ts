import { computed, onScopeDispose, reactive, ref } from 'vue';
import { fileProblem, uploadFile, type Uploaded } from './evidence-upload';

/** A file being uploaded or uploaded, with its progress and a local preview for images. */
export interface EvidenceItem {
  key: number;
  name: string;
  size: number;
  preview: string | null;
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  error: string | null;
  attachment: Uploaded | null;
  abort: () => void;
}

let seq = 0;

/** The evidence picked for one report: uploads start at once; `ids` are the ones that arrived. */
export function useEvidence(upload = uploadFile) {
  const items = ref<EvidenceItem[]>([]);
  const refused = ref<string[]>([]);

  function add(files: Iterable<File>): void {
    refused.value = [];
    for (const file of files) {
      const problem = fileProblem(file);
      if (problem) {
        refused.value.push(problem);
        continue;
      }
      seq += 1;
      const item = reactive<EvidenceItem>({
        key: seq,
        name: file.name,
        size: file.size,
        preview:
          file.type.startsWith('image/') && typeof URL.createObjectURL === 'function'
            ? URL.createObjectURL(file)
            : null,
        progress: 0,
        state: 'uploading',
        error: null,
        attachment: null,
        abort: () => undefined,
      });
      items.value.push(item);
      const started = upload(file, (p) => (item.progress = p));
      item.abort = started.abort;
      started.done.then(
        (attachment) => Object.assign(item, { attachment, state: 'done' }),
        (e: Error) => Object.assign(item, { error: e.message, state: 'failed' }),
      );
    }
  }

  function release(item: EvidenceItem): void {
    if (item.state === 'uploading') {
      item.abort();
    }
    if (item.preview) {
      URL.revokeObjectURL(item.preview);
    }
  }

  function remove(key: number): void {
    const item = items.value.find((i) => i.key === key);
    if (item) {
      release(item);
      items.value = items.value.filter((i) => i.key !== key);
    }
  }

  function clear(): void {
    items.value.forEach(release);
    items.value = [];
    refused.value = [];
  }

  onScopeDispose(clear);

  return {
    items,
    refused,
    add,
    remove,
    clear,
    ids: computed(() => items.value.flatMap((i) => (i.attachment ? [i.attachment.id] : []))),
    busy: computed(() => items.value.some((i) => i.state === 'uploading')),
  };
}

export type Evidence = ReturnType<typeof useEvidence>;
