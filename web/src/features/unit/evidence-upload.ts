/** Evidence files (佐证材料) go to `POST /uploads` one by one, with progress, before a report names their ids. */

/** The server's default limit (FLAGSHIP_UPLOAD_LIMIT_MB); it answers 413 with its own message beyond it. */
export const UPLOAD_LIMIT_MB = 20;
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/gif,image/webp';
export const UPLOAD_ACCEPT = `${IMAGE_ACCEPT},application/pdf`;

export interface Uploaded {
  id: string;
  url: string;
  contentType: string;
  size: number;
}

/** "3.2 MB", "850 KB". */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Why a file will not be sent (checked before uploading), or null. */
export function fileProblem(file: { name: string; size: number }, limitMb = UPLOAD_LIMIT_MB): string | null {
  if (file.size === 0) {
    return `“${file.name}”是空文件`;
  }
  if (file.size > limitMb * 1024 * 1024) {
    return `“${file.name}”有 ${formatSize(file.size)}，超过了单个文件 ${limitMb} MB 的上限。请压缩照片（或用手机“中等”尺寸重拍）、把 PDF 拆分后再上传。`;
  }
  return null;
}

/** The message for a refused upload: the server's Chinese message when it gave one. */
export function uploadFailure(status: number, body: string): string {
  let message: string | undefined;
  try {
    message = (JSON.parse(body) as { error?: { message?: string } }).error?.message;
  } catch {
    message = undefined;
  }
  if (message) {
    return message;
  }
  switch (status) {
    case 0:
      return '网络连接失败，文件没有上传，请重试';
    case 401:
      return '登录已过期，请重新登录后再上传';
    case 413:
      return `文件超过 ${UPLOAD_LIMIT_MB} MB 的上限`;
    case 415:
      return '只能上传图片（JPG、PNG、GIF、WebP）或 PDF 文件';
    default:
      return `上传失败（${status}），请稍后再试`;
  }
}

type XhrLike = Pick<XMLHttpRequest, 'open' | 'send' | 'setRequestHeader' | 'abort' | 'status' | 'responseText'> & {
  upload: { onprogress: ((e: ProgressEvent) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  withCredentials: boolean;
};

/**
 * Sends one file with XMLHttpRequest (fetch cannot report upload progress), calling `onProgress` with 0–100.
 * Resolves with the stored attachment, rejects with a Chinese message.
 */
export function uploadFile(
  file: Blob & { name: string },
  onProgress: (percent: number) => void,
  makeXhr: () => XhrLike = () => new XMLHttpRequest() as unknown as XhrLike,
): { done: Promise<Uploaded>; abort: () => void } {
  const xhr = makeXhr();
  const done = new Promise<Uploaded>((resolve, reject) => {
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100)));
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(JSON.parse(xhr.responseText) as Uploaded);
      } else {
        reject(new Error(uploadFailure(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new Error(uploadFailure(0, '')));
    xhr.onabort = () => reject(new Error('已取消上传'));
  });
  xhr.open('POST', '/uploads');
  xhr.withCredentials = true;
  xhr.setRequestHeader('x-flagship-upload', '1');
  const form = new FormData();
  form.append('file', file, file.name);
  xhr.send(form);
  return { done, abort: () => xhr.abort() };
}
