import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from './core/scalars';
import { AuthResolver } from './modules/auth/auth.resolver';
import {
  BrandResolver,
  StageChangeResolver,
  TimelineEventResolver,
  UnitBrandsResolver,
} from './modules/brands/brands.resolver';
import { BrandPlanResolver, MilestoneResolver, PlanResolver, PlanReviewResolver } from './modules/plans/plans.resolver';
import { UnitResolver } from './modules/units/units.resolver';
import { UserResolver } from './modules/users/users.resolver';

/** The one list of resolvers: the server and the schema emitter both use it. */
export const resolvers = [
  AuthResolver,
  UserResolver,
  UnitResolver,
  BrandResolver,
  TimelineEventResolver,
  StageChangeResolver,
  UnitBrandsResolver,
  PlanResolver,
  PlanReviewResolver,
  MilestoneResolver,
  BrandPlanResolver,
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
