import { and, eq, isNull } from 'drizzle-orm';
import { checklistItems, checklistTemplates, type Database } from '@flagship/drizzle';
import { requireRole, requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { conflict, FieldErrors, invalidTransition, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import type { ChecklistTemplateInput } from './checklists.inputs';
import { listTemplates, type ChecklistTemplateRow } from './checklists.repository';

export const MAX_CHECKLIST_ITEMS = 50;

interface CleanTemplate {
  name: string;
  description: string | null;
  items: { title: string; section: string | null; description: string | null; maxScore: number }[];
}

/** Trims and checks a template input: name, 1–50 items with distinct titles and maxima in (0, 100]. */
function cleanTemplate(input: ChecklistTemplateInput): CleanTemplate {
  const t: CleanTemplate = {
    name: input.name.trim(),
    description: input.description?.trim() || null,
    items: input.items.map((i) => ({
      title: i.title.trim(),
      section: i.section?.trim() || null,
      description: i.description?.trim() || null,
      maxScore: i.maxScore,
    })),
  };
  const errors = new FieldErrors();
  errors.check(t.name.length >= 1 && t.name.length <= 100, 'name', '检查表名称应为 1 到 100 个字');
  errors.check((t.description?.length ?? 0) <= 1000, 'description', '说明不能超过 1000 个字');
  errors.check(
    t.items.length >= 1 && t.items.length <= MAX_CHECKLIST_ITEMS,
    'items',
    `检查项应为 1 到 ${MAX_CHECKLIST_ITEMS} 项`,
  );
  const seen = new Set<string>();
  t.items.forEach((item, i) => {
    errors.check(
      item.title.length >= 1 && item.title.length <= 100,
      `items.${i}.title`,
      '检查项名称应为 1 到 100 个字',
    );
    errors.check(!seen.has(item.title), `items.${i}.title`, '检查项名称重复');
    seen.add(item.title);
    errors.check((item.section?.length ?? 0) <= 50, `items.${i}.section`, '分组名称不能超过 50 个字');
    errors.check((item.description?.length ?? 0) <= 500, `items.${i}.description`, '评分说明不能超过 500 个字');
    errors.check(
      Number.isFinite(item.maxScore) && item.maxScore > 0 && item.maxScore <= 100,
      `items.${i}.maxScore`,
      '满分应大于 0 且不超过 100',
    );
  });
  errors.throwIfAny();
  return t;
}

async function writeItems(tx: Database, templateId: string, version: number, items: CleanTemplate['items']) {
  await tx
    .insert(checklistItems)
    .values(items.map((item, position) => ({ templateId, templateVersion: version, position, ...item })));
}

/** The templates logged-in users may choose from; retired ones only when asked for. */
export async function visibleTemplates(ctx: Context, includeRetired: boolean): Promise<ChecklistTemplateRow[]> {
  requireViewer(ctx.viewer);
  const rows = await listTemplates(ctx.db, includeRetired);
  rows.forEach((r) => ctx.loaders.templateById.prime(r.id, r));
  return rows;
}

/** One template by id (also a retired one, so old inspections can show it), for logged-in users. */
export async function findTemplate(ctx: Context, id: string): Promise<ChecklistTemplateRow | null> {
  requireViewer(ctx.viewer);
  return isUuid(id) ? ctx.loaders.templateById.load(id) : null;
}

async function templateForWrite(ctx: Context, id: string): Promise<ChecklistTemplateRow> {
  requireRole(ctx.viewer, 'ADMIN');
  const row = isUuid(id) ? await ctx.loaders.templateById.load(id) : null;
  if (!row) {
    throw notFound('检查表');
  }
  return row;
}

/** An admin creates a template (version 1) with its items. */
export async function createChecklistTemplate(
  ctx: Context,
  input: ChecklistTemplateInput,
): Promise<ChecklistTemplateRow> {
  requireRole(ctx.viewer, 'ADMIN');
  const t = cleanTemplate(input);
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx.insert(checklistTemplates).values({ name: t.name, description: t.description }).returning();
    await writeItems(tx, row.id, row.version, t.items);
    await audit({ action: 'createChecklistTemplate', entity: 'checklistTemplate', entityId: row.id, data: { ...t } });
    return row;
  });
}

/**
 * An admin edits a template: the new items become version + 1; the old version's items stay, so inspections
 * scored against them keep their titles and maxima.
 */
export async function updateChecklistTemplate(
  ctx: Context,
  id: string,
  version: number,
  input: ChecklistTemplateInput,
): Promise<ChecklistTemplateRow> {
  const current = await templateForWrite(ctx, id);
  const t = cleanTemplate(input);
  if (current.version !== version) {
    throw conflict('检查表');
  }
  if (current.retiredAt) {
    throw invalidTransition('检查表已停用，不能修改');
  }
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(checklistTemplates)
      .set({ name: t.name, description: t.description, version: version + 1, updatedAt: ctx.now })
      .where(
        and(
          eq(checklistTemplates.id, id),
          eq(checklistTemplates.version, version),
          isNull(checklistTemplates.retiredAt),
        ),
      )
      .returning();
    if (!row) {
      throw conflict('检查表');
    }
    await writeItems(tx, id, row.version, t.items);
    await audit({
      action: 'updateChecklistTemplate',
      entity: 'checklistTemplate',
      entityId: id,
      data: { ...t, version: row.version },
    });
    return row;
  });
}

/** An admin retires a template: it stays for the inspections that used it but cannot be used again. */
export async function retireChecklistTemplate(ctx: Context, id: string): Promise<ChecklistTemplateRow> {
  const current = await templateForWrite(ctx, id);
  if (current.retiredAt) {
    throw invalidTransition('检查表已停用');
  }
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(checklistTemplates)
      .set({ retiredAt: ctx.now, updatedAt: ctx.now })
      .where(and(eq(checklistTemplates.id, id), isNull(checklistTemplates.retiredAt)))
      .returning();
    if (!row) {
      throw invalidTransition('检查表已停用');
    }
    await audit({ action: 'retireChecklistTemplate', entity: 'checklistTemplate', entityId: id });
    return row;
  });
}
