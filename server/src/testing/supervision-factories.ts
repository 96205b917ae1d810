import { eq } from 'drizzle-orm';
import {
  checklistItems,
  checklistTemplates,
  milestones,
  plans,
  units,
  type Database,
  type UnitTier,
} from '@flagship/drizzle';
import { unique } from './factories';

export interface TemplateItemSpec {
  title: string;
  maxScore: number;
  section?: string | null;
}

export const DEFAULT_TEMPLATE_ITEMS: TemplateItemSpec[] = [
  { title: '有名称', maxScore: 20, section: '五有' },
  { title: '标识墙牌规范', maxScore: 30, section: '阵地建设' },
  { title: '档案资料齐全', maxScore: 50, section: '制度落实' },
];

/** A checklist template (version 1) with its items, written directly. */
export async function makeTemplate(db: Database, items: TemplateItemSpec[] = DEFAULT_TEMPLATE_ITEMS) {
  const [template] = await db
    .insert(checklistTemplates)
    .values({ name: unique('检查表') })
    .returning();
  const rows = await db
    .insert(checklistItems)
    .values(
      items.map((i, position) => ({ templateId: template.id, templateVersion: 1, position, section: null, ...i })),
    )
    .returning();
  return { template, items: rows.sort((a, b) => a.position - b.position) };
}

/** Sets a unit's current tier. */
export async function setUnitTier(db: Database, unitId: string, tier: UnitTier): Promise<void> {
  await db.update(units).set({ tier }).where(eq(units.id, unitId));
}

/** Gives a brand an approved plan whose `overdue` milestones are long past due (health RED when ≥ 2). */
export async function makeOverdueMilestones(db: Database, brandId: string, overdue: number): Promise<void> {
  const [plan] = await db
    .insert(plans)
    .values({
      brandId,
      status: 'APPROVED',
      revision: 1,
      goals: '测试目标',
      measures: '测试措施',
      startDate: '2020-01-01',
      endDate: '2030-12-31',
      responsiblePerson: { name: '张三' },
    })
    .returning();
  await db.insert(milestones).values(
    Array.from({ length: overdue }, (_, position) => ({
      planId: plan.id,
      brandId,
      title: `逾期节点${position + 1}`,
      dueDate: '2020-06-30',
      weight: 10,
      position,
    })),
  );
}
