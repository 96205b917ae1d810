import type { TimelineKind, UnitKind } from '../tables/enums';
import {
  attachmentBlobs,
  attachments,
  brandCoUnits,
  brandFiveHaves,
  brandLevelChanges,
  brandStageChanges,
  brands,
  checklistItems,
  checklistTemplates,
  findings,
  inspectionAttachments,
  inspectionItems,
  inspections,
  milestoneReports,
  milestones,
  modelCaseReviews,
  modelCases,
  planReviews,
  planRevisions,
  planSupports,
  plans,
  publicReviews,
  rectificationEvents,
  rectifications,
  spotCheckDrawItems,
  spotCheckDraws,
  timelineEvents,
  unitTierChanges,
  units,
  users,
} from '../tables/index';
import type { Clock } from './dates';
import { seedId } from './ids';

/** Every row the seed inserts, table by table, in insertion order. */
export interface SeedRows {
  units: (typeof units.$inferInsert)[];
  users: (typeof users.$inferInsert)[];
  unitTierChanges: (typeof unitTierChanges.$inferInsert)[];
  brands: (typeof brands.$inferInsert)[];
  brandCoUnits: (typeof brandCoUnits.$inferInsert)[];
  brandStageChanges: (typeof brandStageChanges.$inferInsert)[];
  brandLevelChanges: (typeof brandLevelChanges.$inferInsert)[];
  brandFiveHaves: (typeof brandFiveHaves.$inferInsert)[];
  plans: (typeof plans.$inferInsert)[];
  planSupports: (typeof planSupports.$inferInsert)[];
  planRevisions: (typeof planRevisions.$inferInsert)[];
  planReviews: (typeof planReviews.$inferInsert)[];
  milestones: (typeof milestones.$inferInsert)[];
  milestoneReports: (typeof milestoneReports.$inferInsert)[];
  timelineEvents: (typeof timelineEvents.$inferInsert)[];
  checklistTemplates: (typeof checklistTemplates.$inferInsert)[];
  checklistItems: (typeof checklistItems.$inferInsert)[];
  attachments: (typeof attachments.$inferInsert)[];
  attachmentBlobs: (typeof attachmentBlobs.$inferInsert)[];
  inspections: (typeof inspections.$inferInsert)[];
  inspectionItems: (typeof inspectionItems.$inferInsert)[];
  inspectionAttachments: (typeof inspectionAttachments.$inferInsert)[];
  findings: (typeof findings.$inferInsert)[];
  spotCheckDraws: (typeof spotCheckDraws.$inferInsert)[];
  spotCheckDrawItems: (typeof spotCheckDrawItems.$inferInsert)[];
  rectifications: (typeof rectifications.$inferInsert)[];
  rectificationEvents: (typeof rectificationEvents.$inferInsert)[];
  publicReviews: (typeof publicReviews.$inferInsert)[];
  modelCases: (typeof modelCases.$inferInsert)[];
  modelCaseReviews: (typeof modelCaseReviews.$inferInsert)[];
}

export function emptyRows(): SeedRows {
  return {
    units: [],
    users: [],
    unitTierChanges: [],
    brands: [],
    brandCoUnits: [],
    brandStageChanges: [],
    brandLevelChanges: [],
    brandFiveHaves: [],
    plans: [],
    planSupports: [],
    planRevisions: [],
    planReviews: [],
    milestones: [],
    milestoneReports: [],
    timelineEvents: [],
    checklistTemplates: [],
    checklistItems: [],
    attachments: [],
    attachmentBlobs: [],
    inspections: [],
    inspectionItems: [],
    inspectionAttachments: [],
    findings: [],
    spotCheckDraws: [],
    spotCheckDrawItems: [],
    rectifications: [],
    rectificationEvents: [],
    publicReviews: [],
    modelCases: [],
    modelCaseReviews: [],
  };
}

export interface UnitInfo {
  id: string;
  name: string;
  kind: UnitKind;
}

/** Ids of the demo accounts. */
export interface DemoUserIds {
  admin: string;
  leader: string;
  inspector: string;
  unit: string;
  unit2: string;
}

/** Timeline kinds shown on the public showcase (MILESTONE_REPORTED only when the milestone is done). */
const PUBLIC_KINDS: TimelineKind[] = ['STAGE_CHANGED', 'LEVEL_PROMOTED', 'PLAN_APPROVED'];

/** What the builders share: the clock, the rows, the units by name and the demo users. */
export class SeedContext {
  readonly rows: SeedRows = emptyRows();
  readonly unitsByName = new Map<string, UnitInfo>();
  /** The user who acts for each unit (its own demo account, if it has one). */
  readonly unitUsers = new Map<string, string>();
  private readonly eventCounts = new Map<string, number>();

  constructor(
    readonly clock: Clock,
    readonly userIds: DemoUserIds,
  ) {}

  unit(name: string): UnitInfo {
    const unit = this.unitsByName.get(name);
    if (!unit) {
      throw new Error(`demo seed: unknown unit "${name}"`);
    }
    return unit;
  }

  /**
   * Who acts for a unit: its own account (every brand-owning unit has one, see build-accounts.ts), or the
   * administrator entering data on its behalf.
   */
  actorFor(unitName: string): string {
    return this.unitUsers.get(unitName) ?? this.userIds.admin;
  }

  /**
   * Adds a timeline event to a brand; ids follow the brand's event order. `showPublic` overrides the default
   * (e.g. RECTIFICATION_VERIFIED is public only for a public rectification).
   */
  event(
    brandKey: string,
    brandId: string,
    kind: TimelineKind,
    summary: string,
    moment: number,
    actorId: string | null,
    data: Record<string, unknown> = {},
    showPublic?: boolean,
  ): void {
    const n = (this.eventCounts.get(brandKey) ?? 0) + 1;
    this.eventCounts.set(brandKey, n);
    const isPublic =
      showPublic ??
      (PUBLIC_KINDS.includes(kind) ||
        (kind === 'MILESTONE_REPORTED' && (data as { status?: string }).status === 'DONE'));
    this.rows.timelineEvents.push({
      id: seedId(`event:${brandKey}:${n}`),
      brandId,
      kind,
      summary,
      public: isPublic,
      actorId,
      data,
      at: this.clock.at(moment),
    });
  }
}
