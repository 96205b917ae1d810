import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { sniffContentType, SNIFF_BYTES, type AllowedType } from './content-type';

/** One file received whole, its type sniffed from its bytes. */
export interface ReceivedFile {
  /** As the client sent it; see `cleanFilename`. */
  filename: string | undefined;
  contentType: AllowedType;
  data: Buffer;
  sha256: string;
}

/** Why an upload was refused before it was stored. */
export interface Refusal {
  status: 400 | 413 | 415;
  code: 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';
  message: string;
}

export const refusals = {
  notMultipart: { status: 400, code: 'BAD_USER_INPUT', message: '请以 multipart/form-data 格式上传文件' },
  malformed: { status: 400, code: 'BAD_USER_INPUT', message: '上传内容格式有误' },
  noFile: { status: 400, code: 'BAD_USER_INPUT', message: '请在名为 file 的字段中选择要上传的文件' },
  empty: { status: 400, code: 'BAD_USER_INPUT', message: '上传的文件是空的' },
  tooLarge: (limitMb: number) =>
    ({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: `文件不能超过 ${limitMb} MB` }) as const,
  unsupported: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '只能上传 JPEG、PNG、GIF、WebP 图片或 PDF 文件',
  },
} as const satisfies Record<string, Refusal | ((limitMb: number) => Refusal)>;

export type Outcome = { file: ReceivedFile } | { refusal: Refusal };

/**
 * Reads one file part: keeps its bytes and hash while counting them, and settles as soon as busboy reports it
 * over the limit or its first bytes show a type we do not take — the rest of the part is then never kept.
 */
function readFilePart(
  part: Readable & { truncated?: boolean },
  filename: string | undefined,
  limitMb: number,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const hash = createHash('sha256');
    let size = 0;
    let sniffed: Promise<AllowedType | null> | null = null;
    const sniff = () => (sniffed ??= sniffContentType(Buffer.concat(chunks)));
    part.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      hash.update(chunk);
      size += chunk.length;
      if (size >= SNIFF_BYTES && !sniffed) {
        sniff().then((type) => type ?? resolve({ refusal: refusals.unsupported }), reject);
      }
    });
    part.on('limit', () => resolve({ refusal: refusals.tooLarge(limitMb) }));
    part.on('error', reject);
    part.on('end', () => {
      if (size === 0) {
        resolve({ refusal: refusals.empty });
        return;
      }
      sniff().then((contentType) => {
        const data = Buffer.concat(chunks, size);
        chunks.length = 0;
        resolve(
          contentType
            ? { file: { filename, contentType, data, sha256: hash.digest('hex') } }
            : { refusal: refusals.unsupported },
        );
      }, reject);
    });
  });
}

/**
 * Parses a multipart/form-data request with busboy and returns its part named `file` — or a refusal as soon
 * as one is certain, without waiting for the rest of the body (the caller answers at once).
 */
export function receiveUpload(req: IncomingMessage, limitMb: number): Promise<Outcome> {
  const limitBytes = Math.floor(limitMb * 1024 * 1024);
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy flags a file that *reaches* fileSize; one byte more lets a file of exactly the limit through.
        limits: { files: 1, fileSize: limitBytes + 1, fields: 20, fieldSize: 4096, parts: 30, headerPairs: 50 },
      });
    } catch {
      resolve({ refusal: refusals.notMultipart });
      return;
    }
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (!settled) {
        settled = true;
        req.unpipe(parser);
        resolve(outcome);
      }
    };
    let received: Promise<Outcome> | null = null;
    parser.on('file', (name, part, info) => {
      if (name !== 'file' || received) {
        part.resume();
        return;
      }
      received = readFilePart(part, info.filename, limitMb);
      received.then(
        (outcome) => ('refusal' in outcome ? settle(outcome) : undefined),
        () => settle({ refusal: refusals.malformed }),
      );
    });
    parser.on('error', () => settle({ refusal: refusals.malformed }));
    parser.on('close', () => {
      if (!received) {
        settle({ refusal: refusals.noFile });
        return;
      }
      received.then(settle, () => settle({ refusal: refusals.malformed }));
    });
    req.on('error', () => settle({ refusal: refusals.malformed }));
    req.on('close', () => req.complete || settle({ refusal: refusals.malformed }));
    req.pipe(parser);
  });
}
