import type { RectificationStatus, TimelineKind } from '../tables/enums';
import type { PersonValue } from '../tables/plans';
import { INSPECTION_KIND_LABEL } from '../labels';
import type { RecordedInspection } from './build-inspections';
import { attachPhoto } from './build-photos';
import type { SeedContext } from './context';
import { DAY } from './dates';
import { responsiblePerson } from './data/people';
import type { FindingSeed } from './data/types';
import { seedId } from './ids';
import { buildReviews } from './build-reviews';

interface Step {
  from: RectificationStatus | null;
  to: RectificationStatus;
  day: number;
  actor: string;
  note: string;
  kind: TimelineKind;
  summary: string;
  photo?: string;
}

/** The responsible person of a rectification: the brand plan's, or the lagging unit's secretary. */
function personFor(ctx: SeedContext, rec: RecordedInspection, n: number): PersonValue {
  const plan = ctx.rows.plans.find((p) => p.brandId === rec.brandId);
  return plan?.responsiblePerson ?? responsiblePerson(60 + n, ctx.unit(rec.unitName).kind);
}

/** The steps of a rectification up to its status, each on a day at or before yesterday. */
function stepsOf(ctx: SeedContext, rec: RecordedInspection, f: FindingSeed, deadline: string): Step[] {
  const d = rec.day;
  const cap = (day: number) => Math.min(day, -1);
  const unit = ctx.actorFor(rec.unitName);
  const inspector = ctx.userIds.inspector;
  const p = f.problem;
  const steps: Step[] = [
    {
      from: null,
      to: 'OPEN',
      day: d,
      actor: rec.recorder,
      note: `${INSPECTION_KIND_LABEL[rec.kind]}发现问题，限${deadline}前整改到位。`,
      kind: 'RECTIFICATION_UPDATED',
      summary: `提出整改事项：${p}（整改时限 ${deadline}）`,
    },
  ];
  if (f.status === 'OPEN') {
    return steps;
  }
  const start = cap(d + Math.min(5, Math.max(1, Math.round(f.days * 0.15))));
  steps.push({
    from: 'OPEN',
    to: 'IN_PROGRESS',
    day: start,
    actor: unit,
    note: '已制定整改措施，明确责任人牵头落实，正在整改。',
    kind: 'RECTIFICATION_UPDATED',
    summary: `整改事项开始整改：${p}`,
  });
  if (f.status === 'IN_PROGRESS') {
    return steps;
  }
  const done = (from: RectificationStatus, day: number, photo: string | undefined): Step => ({
    from,
    to: 'DONE',
    day,
    actor: unit,
    note: photo ? '已按整改措施完成整改，整改前后照片已上传。' : '已按整改措施完成整改。',
    kind: 'RECTIFICATION_UPDATED',
    summary: `整改事项已完成，待核验：${p}`,
    photo,
  });
  let doneDay = cap(d + Math.round(f.days * 0.8));
  if (f.rejected) {
    const first = cap(d + Math.round(f.days * 0.55));
    steps.push(done('IN_PROGRESS', first, f.photos?.[0]));
    steps.push({
      from: 'DONE',
      to: 'OPEN',
      day: cap(first + 3),
      actor: inspector,
      note: f.rejected,
      kind: 'RECTIFICATION_REJECTED',
      summary: `整改核验未通过，退回重新整改：${f.rejected}`,
    });
    doneDay = cap(d + Math.round(f.days * 0.85));
    steps.push(done('OPEN', doneDay, f.photos?.[1]));
  } else {
    steps.push(done('IN_PROGRESS', doneDay, f.photos?.[0]));
  }
  if (f.status === 'VERIFIED') {
    steps.push({
      from: 'DONE',
      to: 'VERIFIED',
      day: cap(doneDay + 5),
      actor: inspector,
      note: '经现场核验，整改到位，予以销号。',
      kind: 'RECTIFICATION_VERIFIED',
      summary: `整改事项核验通过：${p}`,
    });
  }
  return steps;
}

/**
 * Turns every finding into a finding row and one rectification with its events (null→OPEN first), timeline
 * events on the brand (public only when a public item is verified), photos on DONE steps and public reviews.
 */
export function buildRectifications(ctx: SeedContext, recorded: RecordedInspection[], findings: FindingSeed[]): void {
  const { clock, rows } = ctx;
  const positions = new Map<string, number>();
  findings.forEach((f, n) => {
    const rec = recorded.find((r) => r.key === f.at);
    if (!rec) {
      throw new Error(`demo seed: no inspection "${f.at}" for a finding`);
    }
    const position = positions.get(rec.key) ?? 0;
    positions.set(rec.key, position + 1);
    const key = `${rec.key}:${position}`;
    const findingId = seedId(`finding:${key}`);
    const id = seedId(`rectification:${key}`);
    const deadline = clock.day((rec.day + f.days) * DAY);
    rows.findings.push({ id: findingId, inspectionId: rec.id, problem: f.problem, position });

    const steps = stepsOf(ctx, rec, f, deadline);
    const moments: number[] = [];
    steps.forEach((s, k) => {
      const moment = Math.max(
        (moments[k - 1] ?? rec.moment + 5 * position) + 20,
        s.day * DAY + (k === 0 ? 0 : 120 + 15 * k),
      );
      moments.push(moment);
      const attachmentIds = s.photo ? [attachPhoto(ctx, s.photo, s.actor, 'RECTIFICATION', id, moment - 10)] : [];
      rows.rectificationEvents.push({
        id: seedId(`rectification-event:${key}:${k}`),
        rectificationId: id,
        fromStatus: s.from,
        toStatus: s.to,
        note: s.note,
        attachmentIds,
        actorId: s.actor,
        at: clock.at(moment),
      });
      if (rec.brand && rec.brandId) {
        const data = { rectificationId: id, fromStatus: s.from, toStatus: s.to };
        const isPublic = s.kind === 'RECTIFICATION_VERIFIED' && f.public;
        ctx.event(rec.brand.name, rec.brandId, s.kind, s.summary, moment, s.actor, data, isPublic);
      }
    });
    const at = (s: Step | undefined) => (s ? clock.at(moments[steps.indexOf(s)]) : null);
    const lastDone = steps.filter((s) => s.to === 'DONE').at(-1);
    const verified = steps.find((s) => s.to === 'VERIFIED');
    rows.rectifications.push({
      id,
      findingId,
      inspectionId: rec.id,
      unitId: ctx.unit(rec.unitName).id,
      brandId: rec.brandId,
      problem: f.problem,
      measure: f.measure,
      deadline,
      responsiblePerson: personFor(ctx, rec, n),
      public: f.public,
      status: f.status,
      doneAt: f.status === 'DONE' || f.status === 'VERIFIED' ? at(lastDone) : null,
      verifiedAt: at(verified),
      verifiedBy: verified ? verified.actor : null,
      version: steps.length,
      createdAt: at(steps[0])!,
      updatedAt: at(steps[steps.length - 1])!,
    });
    if (f.public) {
      buildReviews(ctx, id, rec.day, f.status !== 'VERIFIED' && deadline < clock.today ? 'OVERDUE' : f.status);
    }
  });
}
