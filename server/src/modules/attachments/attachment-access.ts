import type { AttachmentSubject } from '@flagship/drizzle';
import { ownsUnit, readsEverything } from '../../core/access';
import type { Context, Viewer } from '../../core/context';
import { isShowcaseStage } from '../brands/brand-rules';
import { inspectionUnitOf, rectificationAudienceOf, type AttachmentRow } from './attachments.repository';

/**
 * Who may read the files of one subject besides their uploader: everyone when `public`; otherwise the unit
 * `unitId` and the readers of everything (`ownsUnit`), or only the readers of everything when `unitId` is null.
 */
export interface Audience {
  public: boolean;
  unitId: string | null;
}

const READERS_ONLY: Audience = { public: false, unitId: null };

/** As the brand itself: public while it is a showcase brand, else its own unit (cf. `canSeeBrand`). */
async function brandAudience(ctx: Context, brandId: string): Promise<Audience> {
  const brand = await ctx.loaders.brandById.load(brandId);
  return brand ? { public: isShowcaseStage(brand.stage), unitId: brand.unitId } : READERS_ONLY;
}

/** The audience of the files of a subject; a rule for a new kind of subject is one more case here. */
export async function audienceOf(ctx: Context, kind: AttachmentSubject, subjectId: string): Promise<Audience> {
  switch (kind) {
    case 'MILESTONE': {
      const milestone = await ctx.loaders.milestoneById.load(subjectId);
      return milestone ? brandAudience(ctx, milestone.brandId) : READERS_ONLY;
    }
    case 'FIVE_HAVE':
    case 'BRAND':
      return brandAudience(ctx, subjectId);
    case 'INSPECTION': {
      const unitId = await inspectionUnitOf(ctx.db, subjectId);
      return unitId ? { public: false, unitId } : READERS_ONLY;
    }
    case 'RECTIFICATION': {
      const rectification = await rectificationAudienceOf(ctx.db, subjectId);
      return rectification ?? READERS_ONLY;
    }
    case 'MODEL_CASE': {
      // As `canSeeCase`: public once published, else the case's unit and the readers of everything.
      const modelCase = await ctx.loaders.caseById.load(subjectId);
      return modelCase ? { public: modelCase.status === 'PUBLISHED', unitId: modelCase.unitId } : READERS_ONLY;
    }
  }
}

/** May `viewer` read this file? Its uploader always; an unlinked upload nobody else; others by `audience`. */
export function mayRead(viewer: Viewer | null, row: AttachmentRow, audience: Audience | null): boolean {
  if (viewer !== null && row.ownerId === viewer.id) {
    return true;
  }
  if (audience === null) {
    return false;
  }
  if (audience.public) {
    return true;
  }
  return audience.unitId ? ownsUnit(viewer, audience.unitId) : readsEverything(viewer);
}
