import type { PublicRating } from '../../tables/enums';

/** Short comments 群众 leave on the public rectification board, by rating (all invented). */
export const REVIEW_COMMENTS: Record<PublicRating, string[]> = {
  SATISFIED: [
    '整改很实在，现在看着规范多了。',
    '村里的活动室变样了，老党员都说好。',
    '公开栏上写得清清楚楚，我们心里有底。',
    '干部上门来问过意见，点赞。',
    '说到做到，满意。',
    '整改后办事方便多了，谢谢。',
  ],
  BASICALLY_SATISFIED: [
    '有变化，希望能坚持下去。',
    '基本整改到位，还有些细节可以再完善。',
    '进度还可以，希望多听听群众意见。',
    '公开了就好，希望按时完成。',
  ],
  UNSATISFIED: [
    '过了时限还没整改完，请抓紧。',
    '看不到明显变化，希望不要走过场。',
    '公示的责任人电话打了没人接。',
    '整改进度太慢了。',
  ],
};

/** How many distinct demo clients rate items on the public board. */
export const REVIEW_CLIENTS = 40;
