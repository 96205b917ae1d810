import { effectScope } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import type { Uploaded } from './evidence-upload';
import { useEvidence } from './use-evidence';

/** A stand-in for uploadFile whose uploads the test finishes by hand. */
function fakeUpload() {
  const pending: { progress: (p: number) => void; resolve: (u: Uploaded) => void; reject: (e: Error) => void }[] = [];
  const abort = vi.fn();
  const upload = (_file: Blob, progress: (p: number) => void) => {
    let resolve!: (u: Uploaded) => void;
    let reject!: (e: Error) => void;
    const done = new Promise<Uploaded>((res, rej) => ((resolve = res), (reject = rej)));
    pending.push({ progress, resolve, reject });
    return { done, abort };
  };
  return { upload, pending, abort };
}

describe('useEvidence', () => {
  it('uploads each picked file with progress and gives the ids of those that arrived', async () => {
    const fake = fakeUpload();
    const scope = effectScope();
    const ev = scope.run(() => useEvidence(fake.upload))!;
    ev.add([
      new File(['a'], 'a.png', { type: 'image/png' }),
      new File(['b'], 'b.pdf', { type: 'application/pdf' }),
      new File([], 'empty.jpg'),
    ]);
    expect(ev.refused.value).toEqual(['“empty.jpg”是空文件']);
    expect(ev.items.value.map((i) => [i.name, Boolean(i.preview)])).toEqual([
      ['a.png', true],
      ['b.pdf', false],
    ]);
    fake.pending[0].progress(40);
    expect(ev.items.value[0].progress).toBe(40);
    expect(ev.busy.value).toBe(true);
    fake.pending[0].resolve({ id: 'att1', url: '/files/att1', contentType: 'image/png', size: 1 });
    fake.pending[1].reject(new Error('文件类型不支持'));
    await Promise.resolve();
    await Promise.resolve();
    expect(ev.ids.value).toEqual(['att1']);
    expect(ev.items.value[1]).toMatchObject({ state: 'failed', error: '文件类型不支持' });
    expect(ev.busy.value).toBe(false);
    scope.stop();
    expect(ev.items.value).toEqual([]);
  });

  it('cancels an upload still running when its file is removed', () => {
    const fake = fakeUpload();
    const scope = effectScope();
    const ev = scope.run(() => useEvidence(fake.upload))!;
    ev.add([new File(['a'], 'a.png', { type: 'image/png' })]);
    ev.remove(ev.items.value[0].key);
    expect(fake.abort).toHaveBeenCalledOnce();
    expect(ev.items.value).toEqual([]);
    scope.stop();
  });
});
