import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { attachmentBlobs, attachments, auditEntries, type DatabaseHandle } from '@flagship/drizzle';
import { makeUser, makeWorld, openTestDatabase } from '../../testing';
import type { FlagshipServer } from '../../http/app';
import { download, ELF, loginCookie, PDF, PE, PNG, serve, TEXT, upload, uploaded } from './attachment-test-helpers';

let h: DatabaseHandle;
let world: Awaited<ReturnType<typeof makeWorld>>;
const servers: FlagshipServer[] = [];
/** A server with the default 20 MB limit, and one whose limit is 1 MB. */
let url: string;
let small: string;
let unitCookie: string;
let unit2Cookie: string;

beforeAll(async () => {
  h = await openTestDatabase();
  world = await makeWorld(h.db);
  const normal = await serve(h.db);
  const limited = await serve(h.db, { FLAGSHIP_UPLOAD_LIMIT_MB: '1' });
  servers.push(normal.flagship, limited.flagship);
  [url, small] = [normal.url, limited.url];
  unitCookie = await loginCookie(url, world.unit.row.username);
  unit2Cookie = await loginCookie(url, world.unit2.row.username);
});
afterAll(async () => {
  for (const s of servers) {
    await s.stop();
  }
  await h.close();
});

/** How many files `ownerId` has stored (rows and blobs). */
async function filesOf(ownerId: string): Promise<number> {
  const [row] = await h.db
    .select({ n: count() })
    .from(attachments)
    .innerJoin(attachmentBlobs, eq(attachmentBlobs.attachmentId, attachments.id))
    .where(eq(attachments.ownerId, ownerId));
  return row.n;
}

describe('POST /uploads', () => {
  it('stores a PNG and a PDF with their sniffed type, size and sha256, and serves them to the uploader', async () => {
    const png = await uploaded(url, PNG, { cookie: unitCookie, filename: '服务岗.png', claimedType: 'text/plain' });
    expect(png).toMatchObject({ url: `/files/${png.id}`, contentType: 'image/png', size: PNG.length });
    const pdf = await uploaded(url, PDF, { cookie: unitCookie, filename: '整改报告（定稿）.pdf' });
    expect(pdf).toMatchObject({ contentType: 'application/pdf', size: PDF.length });

    const [row] = await h.db.select().from(attachments).where(eq(attachments.id, pdf.id));
    expect(row).toMatchObject({
      ownerId: world.unit.row.id,
      filename: '整改报告（定稿）.pdf',
      subjectKind: null,
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });

    const got = await download(url, png.id, unitCookie);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('content-length')).toBe(String(PNG.length));
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''${encodeURIComponent('服务岗.png')}`);
    expect(got.headers.get('cache-control')).toBe('private');
    const gotPdf = await download(url, pdf.id, unitCookie);
    expect(gotPdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await gotPdf.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('writes one uploadAttachment audit entry per upload', async () => {
    const uploader = await makeUser(h.db, 'UNIT', world.village);
    const cookie = await loginCookie(url, uploader.row.username);
    const file = await uploaded(url, PNG, { cookie, filename: 'a/b/c.png' });
    const entries = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.actorId, uploader.row.id), eq(auditEntries.action, 'uploadAttachment')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'attachment', entityId: file.id });
    expect(entries[0].data).toMatchObject({ filename: 'c.png', contentType: 'image/png', size: PNG.length });
  });

  it('refuses anonymous uploads with 401 and uploads without the portal header with 403', async () => {
    const anonymous = await upload(url, PNG);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录再上传文件' } });
    const before = await filesOf(world.unit.row.id);
    const crossSite = await upload(url, PNG, { cookie: unitCookie, portal: false });
    expect(crossSite.status).toBe(403);
    const body = (await crossSite.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('FORBIDDEN');
    expect(body.error.message).toContain('门户');
    expect(await filesOf(world.unit.row.id)).toBe(before);
  });

  it('refuses a request without a part named file, or not multipart, with 400', async () => {
    const before = await filesOf(world.unit.row.id);
    const wrongField = await upload(url, PNG, { cookie: unitCookie, field: 'photo' });
    expect(wrongField.status).toBe(400);
    expect(((await wrongField.json()) as any).error.code).toBe('BAD_USER_INPUT');
    const json = await fetch(`${url}/uploads`, {
      method: 'POST',
      headers: { cookie: unitCookie, 'x-flagship-upload': '1', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    const empty = await upload(url, Buffer.alloc(0), { cookie: unitCookie });
    expect(empty.status).toBe(400);
    expect(await filesOf(world.unit.row.id)).toBe(before);
  });

  it('judges the type from the bytes: an executable or text file named .png is 415', async () => {
    const before = await filesOf(world.unit.row.id);
    for (const bytes of [ELF, PE, TEXT]) {
      const response = await upload(url, bytes, { cookie: unitCookie, filename: '照片.png', claimedType: 'image/png' });
      expect(response.status).toBe(415);
      expect(((await response.json()) as any).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await filesOf(world.unit.row.id)).toBe(before);
  });

  it('refuses a file over the configured limit with 413 and stores nothing', async () => {
    const uploader = await makeUser(h.db, 'UNIT', world.village);
    const cookie = await loginCookie(small, uploader.row.username);
    const big = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]);
    const response = await upload(small, big, { cookie });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: '文件不能超过 1 MB' } });
    const justUnder = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 - PNG.length)]);
    expect((await upload(small, justUnder, { cookie })).status).toBe(201);
    expect((await upload(url, big, { cookie })).status).toBe(201);
    expect(await filesOf(uploader.row.id)).toBe(2);
  });

  it('answers 413 as soon as a streamed file passes the limit, before the body has been sent', async () => {
    const uploader = await makeUser(h.db, 'UNIT', world.village);
    const cookie = await loginCookie(small, uploader.row.username);
    // 1.5 MB of a 1 MB limit, chunked (no length declared), and the request is never finished.
    const answer = await unfinishedUpload(small, cookie, 24);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await filesOf(uploader.row.id)).toBe(0);
  });

  it('answers 413 from a declared content-length over the limit without waiting for the body', async () => {
    const uploader = await makeUser(h.db, 'UNIT', world.village);
    const cookie = await loginCookie(small, uploader.row.username);
    const answer = await unfinishedUpload(small, cookie, 1, 3 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(await filesOf(uploader.row.id)).toBe(0);
  });
});

/**
 * Starts a multipart upload of a PNG followed by `chunks` × 64 KiB and never finishes it, so only an early
 * answer from the server settles the promise.
 */
function unfinishedUpload(base: string, cookie: string, chunks: number, contentLength?: number) {
  const boundary = 'flagship-test-boundary';
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: new URL(base).port,
      path: '/uploads',
      method: 'POST',
      headers: {
        cookie,
        'x-flagship-upload': '1',
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(contentLength ? { 'content-length': String(contentLength) } : {}),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    req.write(PNG);
    for (let i = 0; i < chunks; i += 1) {
      req.write(Buffer.alloc(64 * 1024));
    }
  });
}

describe('GET /files/:id', () => {
  it('answers 404 for a malformed or unknown id', async () => {
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', '']) {
      const response = await download(url, id, unitCookie);
      expect(response.status).toBe(404);
      expect(((await response.json()) as any).error.code).toBe('NOT_FOUND');
    }
  });

  it('hides an unlinked upload from everyone but its uploader (404, as if it did not exist)', async () => {
    const file = await uploaded(url, PNG, { cookie: unitCookie });
    const leader = await loginCookie(url, world.leader.row.username);
    for (const cookie of [unit2Cookie, leader, undefined]) {
      const response = await download(url, file.id, cookie);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: '文件不存在或无权查看' } });
    }
    expect((await download(url, file.id, unitCookie)).status).toBe(200);
  });
});
