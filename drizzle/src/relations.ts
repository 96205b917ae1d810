import { relations } from 'drizzle-orm';
import { brands, brandFiveHaves, brandLevelChanges, brandStageChanges } from './tables/brands';
import { milestones, planReviews, planRevisions, planSupports, plans } from './tables/plans';
import { units } from './tables/units';
import { users } from './tables/users';

export const unitsRelations = relations(units, ({ one, many }) => ({
  parent: one(units, { fields: [units.parentId], references: [units.id], relationName: 'unit_tree' }),
  children: many(units, { relationName: 'unit_tree' }),
  brands: many(brands),
  users: many(users),
}));

export const usersRelations = relations(users, ({ one }) => ({
  unit: one(units, { fields: [users.unitId], references: [units.id] }),
}));

export const brandsRelations = relations(brands, ({ one, many }) => ({
  unit: one(units, { fields: [brands.unitId], references: [units.id] }),
  plan: one(plans, { fields: [brands.id], references: [plans.brandId] }),
  stageChanges: many(brandStageChanges),
  levelChanges: many(brandLevelChanges),
  fiveHaves: many(brandFiveHaves),
}));

export const plansRelations = relations(plans, ({ one, many }) => ({
  brand: one(brands, { fields: [plans.brandId], references: [brands.id] }),
  supports: many(planSupports),
  revisions: many(planRevisions),
  reviews: many(planReviews),
  milestones: many(milestones),
}));

export const milestonesRelations = relations(milestones, ({ one }) => ({
  plan: one(plans, { fields: [milestones.planId], references: [plans.id] }),
}));

export const planSupportsRelations = relations(planSupports, ({ one }) => ({
  plan: one(plans, { fields: [planSupports.planId], references: [plans.id] }),
}));
export const planRevisionsRelations = relations(planRevisions, ({ one }) => ({
  plan: one(plans, { fields: [planRevisions.planId], references: [plans.id] }),
}));
export const planReviewsRelations = relations(planReviews, ({ one }) => ({
  plan: one(plans, { fields: [planReviews.planId], references: [plans.id] }),
}));
export const brandStageChangesRelations = relations(brandStageChanges, ({ one }) => ({
  brand: one(brands, { fields: [brandStageChanges.brandId], references: [brands.id] }),
}));
export const brandLevelChangesRelations = relations(brandLevelChanges, ({ one }) => ({
  brand: one(brands, { fields: [brandLevelChanges.brandId], references: [brands.id] }),
}));
export const brandFiveHavesRelations = relations(brandFiveHaves, ({ one }) => ({
  brand: one(brands, { fields: [brandFiveHaves.brandId], references: [brands.id] }),
}));
