import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@flagship/drizzle';
import type { Config } from '../../config';
import { AppError } from '../../core/errors';
import { contextFor } from '../../http/graphql-handler';
import { sendError, sendJson } from '../../http/respond';
import { fileForDownload, saveUpload } from './attachments.service';
import { contentDisposition } from './filenames';
import { receiveUpload, refusals, type Outcome } from './upload-stream';

/** Room for the multipart boundaries and part headers around a file of the largest allowed size. */
const MULTIPART_OVERHEAD = 64 * 1024;

const STATUS_OF: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
};

/** After an early refusal, at most this much more of the body is read (and dropped) before the connection is cut. */
const DISCARD_BYTES = 64 * 1024 * 1024;
const DISCARD_MS = 15_000;

/**
 * Lets the client finish sending after an early answer, so that it can read the answer (a browser that is cut
 * off mid-upload shows a network error instead): the rest of the body is read and dropped, never kept, and a
 * client that goes on past DISCARD_BYTES or DISCARD_MS is cut off.
 */
function discardRest(req: IncomingMessage): void {
  let dropped = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DISCARD_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_BYTES) {
      cut();
    }
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

/** Answers a refusal at once, whether or not the request body has arrived. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  if (!req.complete) {
    discardRest(req);
  }
  sendError(res, status, code, message);
}

function refuseWith(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const status = error instanceof AppError ? STATUS_OF[error.code] : undefined;
  if (!(error instanceof AppError) || !status) {
    throw error;
  }
  refuse(req, res, status, error.code, error.message);
}

/** POST /uploads: one multipart part named `file`, from a logged-in user of the portal. */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  config: Config,
): Promise<void> {
  const ctx = await contextFor(req, res, db, config);
  if (!ctx.viewer) {
    refuse(req, res, 401, 'UNAUTHENTICATED', '请先登录再上传文件');
    return;
  }
  if (req.headers['x-flagship-upload'] !== '1') {
    refuse(req, res, 403, 'FORBIDDEN', '上传请求必须从本平台门户页面发出');
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  const received: Outcome =
    declared > config.uploadLimitMb * 1024 * 1024 + MULTIPART_OVERHEAD
      ? { refusal: refusals.tooLarge(config.uploadLimitMb) }
      : await receiveUpload(req, config.uploadLimitMb);
  if ('refusal' in received) {
    const { status, code, message } = received.refusal;
    refuse(req, res, status, code, message);
    return;
  }
  try {
    const row = await saveUpload(ctx, received.file);
    sendJson(res, 201, { id: row.id, url: `/files/${row.id}`, contentType: row.contentType, size: row.size });
  } catch (error) {
    refuseWith(req, res, error);
  }
}

/** GET /files/:id: the stored bytes, to those who may see what the file belongs to. */
export async function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  config: Config,
  id: string,
): Promise<void> {
  const ctx = await contextFor(req, res, db, config);
  try {
    const { row, data, isPublic } = await fileForDownload(ctx, id);
    res.statusCode = 200;
    res.setHeader('content-type', row.contentType);
    res.setHeader('content-length', data.length);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-disposition', contentDisposition(row.filename));
    res.setHeader('cache-control', isPublic ? 'public, max-age=300' : 'private');
    res.end(data);
  } catch (error) {
    refuseWith(req, res, error);
  }
}
