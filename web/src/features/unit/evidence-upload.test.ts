import { describe, expect, it } from 'vitest';
import { fileProblem, formatSize, uploadFailure, uploadFile } from './evidence-upload';

describe('evidence uploads', () => {
  it('refuses a file over the limit before sending it, and says what to do', () => {
    expect(fileProblem({ name: 'a.jpg', size: 21 * 1024 * 1024 })).toBe(
      '“a.jpg”有 21.0 MB，超过了单个文件 20 MB 的上限。请压缩照片（或用手机“中等”尺寸重拍）、把 PDF 拆分后再上传。',
    );
    expect(fileProblem({ name: 'a.jpg', size: 20 * 1024 * 1024 })).toBeNull();
    expect(fileProblem({ name: 'e.png', size: 0 })).toBe('“e.png”是空文件');
    expect(formatSize(850 * 1024)).toBe('850 KB');
  });

  it('shows the server’s Chinese message, or one for the status', () => {
    expect(
      uploadFailure(415, JSON.stringify({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '文件类型不支持' } })),
    ).toBe('文件类型不支持');
    expect(uploadFailure(413, '<html>too large</html>')).toBe('文件超过 20 MB 的上限');
    expect(uploadFailure(0, '')).toBe('网络连接失败，文件没有上传，请重试');
  });

  it('sends the file with the upload header, reports progress and resolves with the attachment', async () => {
    const sent: { headers: Record<string, string>; body?: unknown; url?: string } = { headers: {} };
    const xhr = {
      upload: { onprogress: null as ((e: ProgressEvent) => void) | null },
      onload: null as (() => void) | null,
      onerror: null,
      onabort: null,
      withCredentials: false,
      status: 0,
      responseText: '',
      open: (_m: string, url: string) => void (sent.url = url),
      setRequestHeader: (k: string, v: string) => void (sent.headers[k] = v),
      send: (body: unknown) => void (sent.body = body),
      abort: () => undefined,
    };
    const progress: number[] = [];
    const file = Object.assign(new Blob(['png']), { name: 'photo.png' });
    const { done } = uploadFile(
      file,
      (p) => progress.push(p),
      () => xhr as never,
    );
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 } as ProgressEvent);
    Object.assign(xhr, {
      status: 201,
      responseText: JSON.stringify({ id: 'a1', url: '/files/a1', contentType: 'image/png', size: 3 }),
    });
    xhr.onload?.();
    await expect(done).resolves.toEqual({ id: 'a1', url: '/files/a1', contentType: 'image/png', size: 3 });
    expect(sent.url).toBe('/uploads');
    expect(sent.headers).toEqual({ 'x-flagship-upload': '1' });
    expect((sent.body as FormData).get('file')).toBeInstanceOf(Blob);
    expect(progress).toEqual([50, 100]);
  });
});
