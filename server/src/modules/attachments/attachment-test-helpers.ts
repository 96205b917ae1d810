/** Shared pieces of the attachments tests: file bytes, a live server, logins, uploads and subject rows. */
import {
  checklistTemplates,
  inspections,
  milestones,
  plans,
  rectifications,
  type AttachmentSubject,
  type Database,
} from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { linkAttachments } from './attachments.service';

/** A real 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A minimal PDF document. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** The start of a Linux executable. */
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
/** A Windows executable: MZ header pointing at a PE signature. */
export const PE = (() => {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
})();
export const TEXT = Buffer.from('这是一个改了扩展名的文本文件。\nplain text, not an image\n');

export { loginCookie, serve } from '../../testing/http';

export interface UploadOptions {
  cookie?: string;
  filename?: string;
  /** The type the client claims; the server never believes it. */
  claimedType?: string;
  /** Send the portal's header (default true). */
  portal?: boolean;
  field?: string;
}

/** POST /uploads with one file in a FormData body, as the portal sends it. */
export function upload(url: string, bytes: Buffer, opts: UploadOptions = {}): Promise<Response> {
  const form = new FormData();
  const blob = new Blob([new Uint8Array(bytes)], { type: opts.claimedType ?? 'image/png' });
  form.append(opts.field ?? 'file', blob, opts.filename ?? '照片.png');
  const headers: Record<string, string> = {};
  if (opts.cookie) {
    headers.cookie = opts.cookie;
  }
  if (opts.portal ?? true) {
    headers['x-flagship-upload'] = '1';
  }
  return fetch(`${url}/uploads`, { method: 'POST', headers, body: form });
}

/** Uploads and returns the answer's JSON, failing the test unless it was stored. */
export async function uploaded(url: string, bytes: Buffer, opts: UploadOptions) {
  const response = await upload(url, bytes, opts);
  const body = (await response.json()) as { id: string; url: string; contentType: string; size: number };
  if (response.status !== 201) {
    throw new Error(`upload refused: ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

/** GET /files/:id as the holder of `cookie` (or anonymously). */
export function download(url: string, id: string, cookie?: string): Promise<Response> {
  return fetch(`${url}/files/${id}`, { headers: cookie ? { cookie } : {} });
}

/** The status each viewer gets for a file, e.g. `{ anonymous: 404, unit: 200 }`. */
export async function statuses(url: string, id: string, cookies: Record<string, string | undefined>) {
  const result: Record<string, number> = {};
  for (const [who, cookie] of Object.entries(cookies)) {
    const response = await download(url, id, cookie);
    await response.arrayBuffer();
    result[who] = response.status;
  }
  return result;
}

/** Links uploads to a subject in a transaction of their own, as a module's mutation would. */
export function link(db: Database, viewer: Viewer, ids: string[], subject: { kind: AttachmentSubject; id: string }) {
  return db.transaction((tx) => linkAttachments(tx as unknown as Database, viewer, ids, subject));
}

/** An APPROVED plan of `brand` with one milestone; returns the milestone row. */
export async function makeApprovedMilestone(db: Database, brand: { id: string }) {
  const [plan] = await db
    .insert(plans)
    .values({
      brandId: brand.id,
      status: 'APPROVED',
      revision: 1,
      goals: '打造党员服务品牌',
      measures: '建立党员服务岗',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      responsiblePerson: { name: '张三' },
    })
    .returning();
  const [milestone] = await db
    .insert(milestones)
    .values({
      planId: plan.id,
      brandId: brand.id,
      title: '建立服务岗',
      dueDate: '2025-06-30',
      weight: 100,
      position: 0,
    })
    .returning();
  return milestone;
}

/** A regular inspection of `unitId` (with the template it needs). */
export async function makeInspection(db: Database, unitId: string, brandId: string | null = null) {
  const [template] = await db.insert(checklistTemplates).values({ name: '测试检查表' }).returning();
  const [row] = await db
    .insert(inspections)
    .values({
      kind: 'REGULAR',
      unitId,
      brandId,
      date: '2025-05-01',
      templateId: template.id,
      templateVersion: template.version,
      score: 80,
      maxScore: 100,
    })
    .returning();
  return row;
}

/** A rectification item of `unitId`, shown to the public or not. */
export async function makeRectification(db: Database, unitId: string, isPublic: boolean) {
  const [row] = await db
    .insert(rectifications)
    .values({
      unitId,
      problem: '活动记录不全',
      measure: '补齐记录',
      deadline: '2025-08-31',
      responsiblePerson: { name: '李四' },
      public: isPublic,
    })
    .returning();
  return row;
}
