/** What `POST /uploads` answers for a stored file. */
export interface Uploaded {
  id: string;
  url: string;
  contentType: string;
  size: number;
}

export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp'];
export const MAX_UPLOAD_MB = 20;

/** Why a file cannot be uploaded as a recognising document, or null when it can. */
export function documentProblem(file: { type: string; size: number }): string | null {
  if (!DOCUMENT_TYPES.includes(file.type)) {
    return '只能上传 PDF 或图片（JPG、PNG、GIF、WebP）格式的认定文件';
  }
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
    return `文件不能超过 ${MAX_UPLOAD_MB} MB`;
  }
  return null;
}

/** The server's Chinese message from a refusal body `{ error: { code, message } }`, or a general one. */
export function uploadRefusal(status: number, body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string' && message) {
      return message;
    }
  } catch {
    // not JSON: answered below
  }
  return status === 401 ? '登录已过期，请重新登录后再上传' : `上传失败（${status}），请稍后再试`;
}

/**
 * Uploads one file to `POST /uploads` (multipart, part `file`, with the `x-flagship-upload` header a cross-site
 * form cannot send), reporting progress from 0 to 1; rejects with the server's Chinese message.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    xhr.setRequestHeader('x-flagship-upload', '1');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        onProgress(e.loaded / e.total);
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as Uploaded);
      } else {
        reject(new Error(uploadRefusal(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new Error('网络连接失败，文件没有上传，请检查网络后重试'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
