import { and, eq } from 'drizzle-orm';
import {
  searchTokens,
  brandFiveHaves,
  brandLevelChanges,
  brandStageChanges,
  brands,
  type BrandStage,
  type Level,
} from '@flagship/drizzle';
import { readsEverything, requireRole } from '../../core/access';
import type { Context } from '../../core/context';
import { pageSize, toPage, type Page } from '../../core/connection';
import { decodeTypedCursor } from '../../core/pagination';
import { AppError, conflict, FieldErrors, forbidden, invalidTransition } from '../../core/errors';
import { isValidDay } from '../../core/dates';
import { isUuid } from '../../core/ids';
import { LEVEL_LABEL, STAGE_LABEL } from '@flagship/drizzle/labels';
import { mutate } from '../../core/mutation';
import { checkCitedCase, linkDocument } from '../cases/level-evidence';
import { brandForWrite, canSeeBrandPrivate, visibleBrand } from './brand-access';
import { levelRank, SHOWCASE_STAGES, STAGE_TRANSITIONS, transitionNeedsNote } from './brand-rules';
import { brandNameTaken, countBrands, listBrands, type BrandQuery, type BrandRow } from './brands.repository';
import type { BrandFilter, BrandSortValue, CreateBrandInput, FiveHaveInput, UpdateBrandInput } from './brands.inputs';
import { toBrand, type Brand } from './brands.types';
import { withSearch } from '../case-search/search-hits';
import { decodeRankCursor, prepareSearch } from '../case-search/text-search';

/** Brands the viewer may see, filtered, newest first (most relevant first when searching). */
export async function brandPage(
  ctx: Context,
  filter: BrandFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  sort: BrandSortValue = 'NEWEST',
): Promise<Page<Brand>> {
  const limit = pageSize(first);
  const search = prepareSearch(filter?.search);
  const ranked = Boolean(search) || sort === 'LEVEL';
  const cursor = ranked ? decodeRankCursor(after) : decodeTypedCursor(after, ['time', 'uuid']);
  if (filter?.unitId && !isUuid(filter.unitId)) {
    return toPage(
      [],
      limit,
      () => [],
      toBrand,
      async () => 0,
    );
  }
  const v = ctx.viewer;
  const q: BrandQuery = {
    ...filter,
    search,
    visibleStages: readsEverything(v) ? null : SHOWCASE_STAGES,
    ownUnitId: v?.role === 'UNIT' ? v.unitId : null,
    sortByLevel: sort === 'LEVEL',
  };
  const rows = (await listBrands(ctx.db, q, limit, cursor)).map(({ rank, ...row }) => ({ row, rank }));
  rows.forEach(({ row }) => ctx.loaders.brandById.prime(row.id, row));
  return toPage(
    rows,
    limit,
    ({ row, rank }) => [...(ranked ? [rank] : []), row.createdAt.toISOString(), row.id],
    ({ row }) => (search ? withSearch(toBrand(row), search.text) : toBrand(row)),
    () => countBrands(ctx.db, q),
  );
}

/** The brand with this id if the viewer may see it, else null. */
export async function findBrand(ctx: Context, id: string): Promise<BrandRow | null> {
  try {
    return await visibleBrand(ctx, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      return null;
    }
    throw error;
  }
}

/** Loads a brand the viewer may change: a unit its own unit's, leaders and admins any. */
async function editableBrand(ctx: Context, id: string): Promise<BrandRow> {
  const row = await brandForWrite(ctx, id);
  if (ctx.viewer?.role === 'INSPECTOR' || !canSeeBrandPrivate(ctx, row)) {
    throw forbidden('只能修改本单位的品牌');
  }
  return row;
}

/** 申报品牌: a unit for its own unit, an admin for any unit. */
export async function createBrand(ctx: Context, input: CreateBrandInput): Promise<BrandRow> {
  const viewer = requireRole(ctx.viewer, 'UNIT', 'ADMIN');
  const unitId = viewer.role === 'UNIT' ? (input.unitId ?? viewer.unitId) : input.unitId;
  const errors = new FieldErrors();
  errors.check(Boolean(input.name.trim()), 'name', '请填写品牌名称');
  errors.check(Boolean(input.summary.trim()), 'summary', '请填写品牌简介');
  errors.check(Boolean(unitId), 'unitId', '请选择所属单位');
  errors.throwIfAny();
  if (viewer.role === 'UNIT' && unitId !== viewer.unitId) {
    throw forbidden('只能为本单位申报品牌');
  }
  const unit = isUuid(unitId) ? await ctx.loaders.unitById.load(unitId) : null;
  new FieldErrors().check(Boolean(unit), 'unitId', '所属单位不存在').throwIfAny();
  if (await brandNameTaken(ctx.db, input.name.trim())) {
    new FieldErrors().add('name', '已有同名品牌，请换一个名称').throwIfAny();
  }
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const [row] = await tx
      .insert(brands)
      .values({
        name: input.name.trim(),
        slogan: input.slogan?.trim() || null,
        summary: input.summary.trim(),
        category: input.category,
        unitId: unitId as string,
        createdBy: viewer.id,
        searchTitle: searchTokens(input.name),
        searchBody: searchTokens(input.slogan, input.summary),
      })
      .returning();
    await tx
      .insert(brandStageChanges)
      .values({ brandId: row.id, fromStage: null, toStage: 'DECLARED', actorId: viewer.id });
    await timeline({ brandId: row.id, kind: 'BRAND_CREATED', summary: `申报品牌「${row.name}」`, public: false });
    await audit({ action: 'createBrand', entity: 'brand', entityId: row.id, data: { input } });
    return row;
  });
}

/** Edits name, slogan, summary or category, against the version the editor read. */
export async function updateBrand(
  ctx: Context,
  id: string,
  version: number,
  input: UpdateBrandInput,
): Promise<BrandRow> {
  const current = await editableBrand(ctx, id);
  if (current.stage === 'WITHDRAWN') {
    throw invalidTransition('已撤销的品牌不能再修改');
  }
  new FieldErrors()
    .check(input.name?.trim() !== '', 'name', '请填写品牌名称')
    .check(input.summary?.trim() !== '', 'summary', '请填写品牌简介')
    .throwIfAny();
  if (input.name && (await brandNameTaken(ctx.db, input.name.trim(), id))) {
    new FieldErrors().add('name', '已有同名品牌，请换一个名称').throwIfAny();
  }
  const changes = {
    ...(input.name ? { name: input.name.trim() } : {}),
    ...(input.slogan !== undefined ? { slogan: input.slogan?.trim() || null } : {}),
    ...(input.summary ? { summary: input.summary.trim() } : {}),
    ...(input.category ? { category: input.category } : {}),
  };
  const next = { ...current, ...changes };
  const search = { searchTitle: searchTokens(next.name), searchBody: searchTokens(next.slogan, next.summary) };
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const [row] = await tx
      .update(brands)
      .set({ ...changes, ...search, version: version + 1, updatedAt: ctx.now })
      .where(and(eq(brands.id, id), eq(brands.version, version)))
      .returning();
    if (!row) {
      throw conflict('品牌');
    }
    await timeline({ brandId: id, kind: 'BRAND_UPDATED', summary: '修改品牌基本信息', public: false, data: changes });
    await audit({
      action: 'updateBrand',
      entity: 'brand',
      entityId: id,
      data: { before: pick(current, changes), after: changes },
    });
    return row;
  });
}

function pick(row: BrandRow, keys: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(keys).map((k) => [k, row[k as keyof BrandRow]]));
}

/** Moves a brand along the allowed stage transitions, recording who, when and why. */
export async function changeBrandStage(
  ctx: Context,
  id: string,
  stage: BrandStage,
  note: string | null | undefined,
  version: number | null | undefined,
): Promise<BrandRow> {
  requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const current = await brandForWrite(ctx, id);
  if (version !== null && version !== undefined && version !== current.version) {
    throw conflict('品牌');
  }
  const from = current.stage;
  if (!STAGE_TRANSITIONS[from].includes(stage)) {
    throw invalidTransition(`品牌不能从「${STAGE_LABEL[from]}」阶段转到「${STAGE_LABEL[stage]}」阶段`);
  }
  const trimmed = note?.trim() || null;
  if (trimmed && trimmed.length > 500) {
    new FieldErrors().add('note', '说明不能超过 500 个字').throwIfAny();
  }
  if (transitionNeedsNote(from, stage) && !trimmed) {
    new FieldErrors()
      .add('note', stage === 'WITHDRAWN' ? '撤销品牌须说明理由' : '验收未通过退回须说明理由')
      .throwIfAny();
  }
  if (stage === 'BUILDING' && from === 'CULTIVATING') {
    const plan = await ctx.loaders.planByBrandId.load(id);
    if (plan?.status !== 'APPROVED') {
      throw invalidTransition('品牌创建方案审核通过后才能进入「创建」阶段');
    }
  }
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const [row] = await tx
      .update(brands)
      .set({ stage, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(brands.id, id), eq(brands.version, current.version), eq(brands.stage, from)))
      .returning();
    if (!row) {
      throw conflict('品牌');
    }
    await tx
      .insert(brandStageChanges)
      .values({ brandId: id, fromStage: from, toStage: stage, note: trimmed, actorId: ctx.viewer?.id });
    const summary = `创建阶段由「${STAGE_LABEL[from]}」转为「${STAGE_LABEL[stage]}」`;
    await timeline({
      brandId: id,
      kind: 'STAGE_CHANGED',
      summary,
      public: true,
      data: { from, to: stage, note: trimmed },
    });
    await audit({
      action: 'changeBrandStage',
      entity: 'brand',
      entityId: id,
      data: { from, to: stage, note: trimmed },
    });
    return row;
  });
}

export interface PromotionEvidence {
  evidence: string;
  issuer?: string | null;
  recognizedOn?: string | null;
  /** A PUBLISHED model case of the same brand. */
  caseId?: string | null;
  /** An upload of the viewer: the recognising document, linked to the brand. */
  documentAttachmentId?: string | null;
}

/** Raises a brand's level (never lowers it) with the recognising document as evidence. */
export async function promoteBrandLevel(
  ctx: Context,
  id: string,
  level: Level,
  proof: PromotionEvidence,
): Promise<BrandRow> {
  const viewer = requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const current = await brandForWrite(ctx, id);
  const errors = new FieldErrors();
  const evidence = proof.evidence.trim();
  errors.check(evidence.length > 0, 'evidence', '请填写认定文件等佐证');
  errors.check(evidence.length <= 500, 'evidence', '佐证不能超过 500 个字');
  errors.check((proof.issuer?.length ?? 0) <= 100, 'issuer', '发文单位不能超过 100 个字');
  errors.check(!proof.recognizedOn || isValidDay(proof.recognizedOn), 'recognizedOn', '认定日期格式应为 YYYY-MM-DD');
  errors.check(!proof.recognizedOn || proof.recognizedOn <= ctx.today, 'recognizedOn', '认定日期不能晚于今天');
  errors.throwIfAny();
  await checkCitedCase(ctx, id, proof.caseId);
  if (current.stage === 'WITHDRAWN') {
    throw invalidTransition('已撤销的品牌不能晋升级别');
  }
  if (levelRank(level) <= levelRank(current.level)) {
    throw invalidTransition(
      `品牌当前已是「${current.level ? LEVEL_LABEL[current.level] : '未认定'}」，只能晋升到更高级别`,
    );
  }
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const [row] = await tx
      .update(brands)
      .set({ level, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(brands.id, id), eq(brands.version, current.version)))
      .returning();
    if (!row) {
      throw conflict('品牌');
    }
    await tx.insert(brandLevelChanges).values({
      brandId: id,
      fromLevel: current.level,
      toLevel: level,
      evidence,
      issuer: proof.issuer?.trim() || null,
      recognizedOn: proof.recognizedOn || null,
      caseId: proof.caseId || null,
      documentAttachmentId: proof.documentAttachmentId || null,
      actorId: ctx.viewer?.id,
    });
    await linkDocument(tx, viewer, id, proof.documentAttachmentId);
    await timeline({
      brandId: id,
      kind: 'LEVEL_PROMOTED',
      summary: `晋升为${LEVEL_LABEL[level]}党建品牌（${evidence}）`,
      public: true,
    });
    await audit({
      action: 'promoteBrandLevel',
      entity: 'brand',
      entityId: id,
      data: { from: current.level, to: level, ...proof },
    });
    return row;
  });
}

/** Marks one of the five haves met or not, with its evidence. */
export async function setFiveHave(ctx: Context, brandId: string, input: FiveHaveInput): Promise<BrandRow> {
  const brand = await editableBrand(ctx, brandId);
  if (brand.stage === 'WITHDRAWN') {
    throw invalidTransition('已撤销的品牌不能再修改');
  }
  const evidence = input.evidence?.trim() || null;
  new FieldErrors().check(!input.met || Boolean(evidence), 'evidence', '标记为达标时请填写佐证说明').throwIfAny();
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    await tx
      .insert(brandFiveHaves)
      .values({ brandId, item: input.item, met: input.met, evidence, updatedBy: ctx.viewer?.id, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: [brandFiveHaves.brandId, brandFiveHaves.item],
        set: { met: input.met, evidence, updatedBy: ctx.viewer?.id, updatedAt: ctx.now },
      });
    const [row] = await tx.update(brands).set({ updatedAt: ctx.now }).where(eq(brands.id, brandId)).returning();
    await timeline({
      brandId,
      kind: 'FIVE_HAVE_UPDATED',
      summary: `更新"五有"达标情况`,
      public: false,
      data: { ...input },
    });
    await audit({ action: 'setFiveHave', entity: 'brand', entityId: brandId, data: { ...input } });
    return row ?? brand;
  });
}
