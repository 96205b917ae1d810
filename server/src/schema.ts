import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from './core/scalars';
import { MilestoneAttachmentsResolver } from './modules/attachments/attachments.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { TodoResolver } from './modules/todos/todos';
import { BrandResolver } from './modules/brands/brands.resolver';
import { BrandTimelineResolver, StageChangeResolver, TimelineEventResolver } from './modules/brands/timeline.resolver';
import { UnitBrandsResolver } from './modules/brands/unit-brands.resolver';
import { PlanListResolver } from './modules/plans/plan-list';
import { BrandPlanResolver, MilestoneResolver, PlanResolver, PlanReviewResolver } from './modules/plans/plans.resolver';
import {
  BrandRectificationsResolver,
  RectificationEventResolver,
  RectificationResolver,
} from './modules/rectifications/rectifications.resolver';
import { ChecklistTemplateResolver } from './modules/checklists/checklists.resolver';
import {
  BrandInspectionsResolver,
  FindingResolver,
  InspectionComparisonResolver,
  InspectionResolver,
} from './modules/inspections/inspections.resolver';
import { SpotCheckDrawItemResolver, SpotCheckDrawResolver } from './modules/spot-checks/spot-checks.resolver';
import { UnitResolver } from './modules/units/units.resolver';
import { TownsResolver } from './modules/units/units.towns';
import { UnitTierResolver } from './modules/units/units.tier';
import { UnitAdminResolver } from './modules/units/units.admin';
import { UserResolver } from './modules/users/users.resolver';
import {
  BrandSearchResolver,
  ModelCaseFacetsResolver,
  ModelCaseSearchResolver,
} from './modules/case-search/case-search.resolver';
import { CaseReviewResolver, ModelCaseResolver } from './modules/cases/cases.resolver';
import { BrandModelCasesResolver, LevelChangeEvidenceResolver } from './modules/cases/brand-cases.resolver';
import { UserAdminResolver } from './modules/users/users.admin.resolver';

/** The one list of resolvers: the server and the schema emitter both use it. */
export const resolvers = [
  AuthResolver,
  UserResolver,
  UserAdminResolver,
  UnitResolver,
  UnitTierResolver,
  TownsResolver,
  UnitAdminResolver,
  BrandResolver,
  BrandTimelineResolver,
  TimelineEventResolver,
  StageChangeResolver,
  UnitBrandsResolver,
  PlanResolver,
  PlanListResolver,
  PlanReviewResolver,
  MilestoneResolver,
  BrandPlanResolver,
  RectificationResolver,
  RectificationEventResolver,
  BrandRectificationsResolver,
  MilestoneAttachmentsResolver,
  DashboardResolver,
  TodoResolver,
  ChecklistTemplateResolver,
  InspectionResolver,
  FindingResolver,
  InspectionComparisonResolver,
  BrandInspectionsResolver,
  SpotCheckDrawResolver,
  SpotCheckDrawItemResolver,
  ModelCaseResolver,
  CaseReviewResolver,
  BrandModelCasesResolver,
  LevelChangeEvidenceResolver,
  ModelCaseSearchResolver,
  ModelCaseFacetsResolver,
  BrandSearchResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** Builds (once per process) the executable schema. */
export function flagshipSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return built;
}
