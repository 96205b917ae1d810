import type { AttachmentSubject } from '../tables/enums';
import type { SeedContext } from './context';
import { seedId } from './ids';
import { photo } from './photos';

/** Stores one demo photo as an attachment of a subject; returns its id. Each photo is used once. */
export function attachPhoto(
  ctx: SeedContext,
  filename: string,
  ownerId: string,
  subjectKind: AttachmentSubject,
  subjectId: string,
  moment: number,
): string {
  const p = photo(filename);
  const id = seedId(`attachment:${filename}`);
  if (ctx.rows.attachments.some((a) => a.id === id)) {
    throw new Error(`demo seed: photo "${filename}" is used twice`);
  }
  ctx.rows.attachments.push({
    id,
    ownerId,
    filename,
    contentType: 'image/png',
    size: p.data.length,
    sha256: p.sha256,
    subjectKind,
    subjectId,
    createdAt: ctx.clock.at(moment),
  });
  ctx.rows.attachmentBlobs.push({ attachmentId: id, data: p.data });
  return id;
}

/** Photos the inspector took on an inspection (by inspection key). */
const INSPECTION_PHOTOS: [inspection: string, filename: string][] = [
  ['基层组织建设“美丽工程”:REGULAR:1', '标识墙牌.png'],
  ['桃源村“农家党校”:REGULAR:2', '活动阵地.png'],
  ['基层组织建设“美丽工程”:SPOT:3', '检查现场.png'],
];

/** Photos a unit reported with a milestone's latest progress report: brand, milestone position, file. */
const MILESTONE_PHOTOS: [brand: string, position: number, filename: string][] = [
  ['桃源村“农家党校”', 1, '农家党校教学点.png'],
  ['网格党建“红色管家”', 1, '红色管家网格公示牌.png'],
];

/** Attaches the inspection and milestone photos (rectification photos come with their DONE steps). */
export function buildPhotos(ctx: SeedContext, inspections: { key: string; id: string; moment: number }[]): void {
  const { rows } = ctx;
  for (const [key, filename] of INSPECTION_PHOTOS) {
    const inspection = inspections.find((i) => i.key === key);
    if (!inspection) {
      throw new Error(`demo seed: no inspection "${key}" for a photo`);
    }
    const id = attachPhoto(ctx, filename, ctx.userIds.inspector, 'INSPECTION', inspection.id, inspection.moment - 30);
    rows.inspectionAttachments.push({ inspectionId: inspection.id, attachmentId: id });
  }
  for (const [brand, position, filename] of MILESTONE_PHOTOS) {
    const milestoneId = seedId(`milestone:${brand}:${position}`);
    const report = rows.milestoneReports.filter((r) => r.milestoneId === milestoneId).at(-1);
    if (!report || !report.at || !report.reportedBy) {
      throw new Error(`demo seed: milestone ${position} of "${brand}" has no progress report for a photo`);
    }
    const moment = Math.round((report.at.getTime() - ctx.clock.at(0).getTime()) / 60_000) - 10;
    report.attachmentIds = [attachPhoto(ctx, filename, report.reportedBy, 'MILESTONE', milestoneId, moment)];
  }
}
