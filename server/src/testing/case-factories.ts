import { modelCases, searchTokens, type CaseStatus, type Database, type Level } from '@flagship/drizzle';
import { unique } from './factories';

export interface ModelCaseOptions {
  brandId?: string | null;
  status?: CaseStatus;
  title?: string;
  summary?: string;
  body?: string;
  tags?: string[];
  level?: Level | null;
  year?: number;
  featured?: boolean;
  createdBy?: string | null;
}

/**
 * A model case of `unitId` written straight to the table (not through `saveModelCase`), with its search columns
 * filled as the service fills them. PUBLISHED cases get `publishedAt`; `featured` needs PUBLISHED.
 */
export async function makeModelCase(db: Database, unitId: string, opts: ModelCaseOptions = {}) {
  const status = opts.status ?? 'PUBLISHED';
  const title = opts.title ?? unique('典型案例');
  const summary = opts.summary ?? '支部带头、党员先行，服务群众的做法与成效';
  const body = opts.body ?? '党员志愿服务队每周走访群众';
  const tags = opts.tags ?? [];
  const now = new Date();
  const [row] = await db
    .insert(modelCases)
    .values({
      title,
      summary,
      background: `<p>${body}</p>`,
      practice: `<p>${body}</p>`,
      results: `<p>${body}</p>`,
      lessons: `<p>${body}</p>`,
      tags,
      level: opts.level ?? null,
      year: opts.year ?? 2025,
      status,
      featured: opts.featured ?? false,
      featuredAt: opts.featured ? now : null,
      brandId: opts.brandId ?? null,
      unitId,
      publishedAt: status === 'PUBLISHED' ? now : null,
      createdBy: opts.createdBy ?? null,
      searchTitle: searchTokens(title),
      searchBody: searchTokens(summary, body, body, body, body, tags.join(' ')),
    })
    .returning();
  return row;
}
