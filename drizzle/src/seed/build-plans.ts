import type { MilestoneStatus, SupportMode } from '../tables/enums';
import type { PersonValue, PlanSnapshot } from '../tables/plans';
import type { SeedContext } from './context';
import { DAY } from './dates';
import { AID_DEPARTMENTS, LIAISON_LEADERS, responsiblePerson } from './data/people';
import type { BrandSeed } from './data/types';
import { seedId } from './ids';
import type { Schedule } from './schedule';

const WEIGHTS: Record<number, number[]> = { 4: [20, 25, 25, 30], 5: [15, 20, 20, 20, 25], 6: [10, 15, 15, 20, 20, 20] };
const PICK: Record<number, number[]> = { 4: [0, 1, 2, 5], 5: [0, 1, 2, 3, 5], 6: [0, 1, 2, 3, 4, 5] };
const DEFAULT_RETURN = '方案措施不够具体，联系领导和部门帮扶内容未明确，请补充完善后重新提交。';
const APPROVE_COMMENT = '方案目标明确、措施具体、责任到人，同意按计划推进创建。';

function milestoneTexts(brand: BrandSeed): [string, string][] {
  if (brand.milestones) {
    return brand.milestones;
  }
  const all: [string, string][] = [
    ['细化创建方案，分解任务到岗到人', '任务分解表、责任清单'],
    [`建成${brand.carrier}，规范阵地和标识`, '阵地照片、标识墙牌设计稿'],
    [`常态化开展${brand.activity}`, '活动记录、群众签到表和图片资料'],
    ['开展中期自查自纠和群众评议', '自查报告、群众评议结果'],
    ['规范整理创建档案资料', '创建台账和档案目录'],
    ['总结提炼创建经验，形成典型案例', '创建工作总结、典型案例材料'],
  ];
  return PICK[brand.milestoneCount ?? 5].map((k) => all[k]);
}

/** Builds a brand's plan: supports, revisions, reviews, milestones, reports and their timeline events. */
export function buildPlan(ctx: SeedContext, brand: BrandSeed, index: number, brandId: string, s: Schedule): void {
  const status = s.planStatus;
  if (status === null) {
    return;
  }
  const { clock, rows } = ctx;
  const key = brand.name;
  const planId = seedId(`plan:${key}`);
  const owner = ctx.unit(brand.unit);
  const actor = ctx.actorFor(brand.unit);
  const leader: PersonValue = LIAISON_LEADERS[index % LIAISON_LEADERS.length];
  const [dept, aid] = AID_DEPARTMENTS[index % AID_DEPARTMENTS.length];
  const supportsFull: { mode: SupportMode; detail: string }[] = [
    {
      mode: 'LEADER_LIAISON',
      detail: `${leader.title}${leader.name}联系指导，每季度到创建点调研不少于1次，帮助解决创建中遇到的实际问题。`,
    },
    {
      mode: 'POLICY_SUPPORT',
      detail: `从县级党建工作经费中安排创建补助${3 + (index % 5)}万元，创建成效纳入年度党建述职评议。`,
    },
    { mode: 'DEPARTMENT_AID', detail: `${dept}结对帮扶：${aid}。` },
  ];
  const texts = milestoneTexts(brand);
  const weights = WEIGHTS[texts.length];
  const span = s.planEnd - s.planStart;
  const dues = texts.map((_, k) => s.planStart + Math.round((span * (k + 1)) / texts.length));
  const planned = texts.map(([title, deliverable], k) => ({
    title,
    deliverable,
    dueDate: clock.day(dues[k] * DAY),
    weight: weights[k],
  }));
  const full: PlanSnapshot = {
    goals: brand.goal,
    concept: brand.concept,
    identity: brand.identity,
    workingMethod: brand.method,
    measures: `一是建强阵地，依托${brand.carrier}，做到基础设施配套、标识墙牌规范、档案资料齐全；二是丰富载体，常态化开展${brand.activity}；三是强化督查，定期不定期开展自查自纠，边推进边总结；四是选树典型，及时提炼创建经验，形成可复制、可推广的做法。`,
    startDate: clock.day(s.planStart * DAY),
    endDate: clock.day(s.planEnd * DAY),
    responsibleUnitId: owner.id,
    responsiblePerson: responsiblePerson(index, owner.kind),
    liaisonLeader: leader,
    supportModes: supportsFull,
    milestones: planned,
  };
  // The first version of a plan that was returned: vague measures, no liaison leader, no department aid.
  const draft: PlanSnapshot = {
    ...full,
    measures: `依托${brand.carrier}开展${brand.activity}，年底进行总结。`,
    liaisonLeader: null,
    supportModes: supportsFull.filter((m) => m.mode === 'POLICY_SUPPORT'),
  };
  const current = status === 'RETURNED' ? draft : full;
  const savedAt = s.planSaved * DAY + 60;
  let lastAt = savedAt;

  if (status === 'DRAFT') {
    ctx.event(key, brandId, 'PLAN_SAVED', '保存创建方案草稿', savedAt, actor, { planId });
  }
  s.submits.forEach((day, k) => {
    const revision = k + 1;
    const at = day * DAY + 300;
    rows.planRevisions.push({
      id: seedId(`revision:${key}:${revision}`),
      planId,
      revision,
      snapshot: revision === 1 && s.returned !== null ? draft : full,
      submittedBy: actor,
      submittedAt: clock.at(at),
    });
    ctx.event(key, brandId, 'PLAN_SUBMITTED', `提交创建方案（第${revision}版）`, at, actor, { planId, revision });
    lastAt = at;
  });
  if (s.returned !== null) {
    const at = s.returned * DAY + 60;
    const comment = brand.returnComment ?? DEFAULT_RETURN;
    rows.planReviews.push({
      id: seedId(`review:${key}:1`),
      planId,
      revision: 1,
      decision: 'RETURN',
      comment,
      reviewerId: ctx.userIds.leader,
      createdAt: clock.at(at),
    });
    ctx.event(key, brandId, 'PLAN_RETURNED', `创建方案第1版被退回：${comment}`, at, ctx.userIds.leader, {
      planId,
      revision: 1,
    });
    lastAt = Math.max(lastAt, at);
  }
  if (s.approved !== null) {
    const at = s.approved * DAY + 60;
    const revision = s.submits.length;
    rows.planReviews.push({
      id: seedId(`review:${key}:${revision}`),
      planId,
      revision,
      decision: 'APPROVE',
      comment: APPROVE_COMMENT,
      reviewerId: ctx.userIds.leader,
      createdAt: clock.at(at),
    });
    ctx.event(key, brandId, 'PLAN_APPROVED', `创建方案第${revision}版审核通过`, at, ctx.userIds.leader, {
      planId,
      revision,
    });
    lastAt = at;
  }

  rows.plans.push({
    id: planId,
    brandId,
    status,
    revision: s.submits.length,
    goals: current.goals,
    concept: current.concept,
    identity: current.identity,
    workingMethod: current.workingMethod,
    measures: current.measures,
    startDate: current.startDate,
    endDate: current.endDate,
    responsibleUnitId: current.responsibleUnitId,
    responsiblePerson: current.responsiblePerson,
    liaisonLeader: current.liaisonLeader,
    createdAt: clock.at(savedAt),
    updatedAt: clock.at(lastAt),
  });
  current.supportModes.forEach((m, k) => {
    rows.planSupports.push({ id: seedId(`support:${key}:${k}`), planId, mode: m.mode, detail: m.detail, position: k });
  });

  const statuses = milestoneStatuses(dues, status === 'APPROVED' ? (brand.overdue ?? 0) : null);
  planned.forEach((m, k) => {
    const milestoneId = seedId(`milestone:${key}:${k}`);
    const prevDue = k === 0 ? s.planStart : dues[k - 1];
    const reports: { status: MilestoneStatus; note: string; at: number }[] = [];
    if (statuses[k] === 'DONE') {
      reports.push({
        status: 'IN_PROGRESS',
        note: `正在推进，已完成约一半工作量，${m.deliverable}正在整理。`,
        at: Math.floor((prevDue + dues[k]) / 2) * DAY + 420,
      });
      reports.push({ status: 'DONE', note: `已完成，${m.deliverable}已上传备查。`, at: (dues[k] - 3) * DAY + 420 });
    } else if (statuses[k] === 'IN_PROGRESS') {
      const late = dues[k] < 0;
      const day = late ? Math.min(-1, dues[k] + 5) : Math.min(-1, Math.max(prevDue + 3, -10));
      const note = late
        ? '受农忙和人员调整影响，进度有所滞后，已完成约六成，正在抓紧推进。'
        : '正在推进，已完成约四成工作量。';
      reports.push({ status: 'IN_PROGRESS', note, at: day * DAY + 420 });
    }
    const last = reports[reports.length - 1];
    const done = statuses[k] === 'DONE' ? clock.at(last.at) : null;
    rows.milestones.push({
      id: milestoneId,
      planId,
      brandId,
      title: m.title,
      deliverable: m.deliverable,
      dueDate: m.dueDate,
      weight: m.weight,
      status: statuses[k],
      note: last ? last.note : null,
      doneAt: done,
      position: k,
      createdAt: clock.at(savedAt),
      updatedAt: clock.at(last ? last.at : lastAt),
    });
    reports.forEach((r, j) => {
      rows.milestoneReports.push({
        id: seedId(`report:${key}:${k}:${j}`),
        milestoneId,
        status: r.status,
        note: r.note,
        reportedBy: actor,
        at: clock.at(r.at),
      });
      const summary =
        r.status === 'DONE' ? `完成创建计划节点：${m.title}` : `创建计划节点推进中：${m.title}。${r.note}`;
      ctx.event(key, brandId, 'MILESTONE_REPORTED', summary, r.at, actor, { milestoneId, status: r.status });
    });
  });
}

/**
 * Milestone statuses of a plan from its due dates (day offsets). Not approved (`overdue` null): all pending.
 * Approved: past ones done except the last `overdue` of them (the first of those under way); when none is late,
 * the next one is under way if it is due within 120 days.
 */
function milestoneStatuses(dues: number[], overdue: number | null): MilestoneStatus[] {
  if (overdue === null) {
    return dues.map(() => 'PENDING');
  }
  const past = dues.filter((d) => d < 0).length;
  const firstLate = past - overdue;
  return dues.map((due, k) => {
    if (k < firstLate) {
      return 'DONE';
    }
    if (k < past) {
      return k === firstLate ? 'IN_PROGRESS' : 'PENDING';
    }
    return k === past && overdue === 0 && due <= 120 ? 'IN_PROGRESS' : 'PENDING';
  });
}
