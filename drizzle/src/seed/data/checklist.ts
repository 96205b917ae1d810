/** One checklist item: a short code (used by the seed to refer to it), section, title and maximum score. */
export interface ChecklistItemSeed {
  code: string;
  section: string | null;
  title: string;
  max: number;
}

export interface ChecklistSeed {
  /** Seed key `checklist:<key>`. */
  key: string;
  name: string;
  description: string;
  /** Created this many days before today. */
  createdDaysAgo: number;
  /** Retired this many days before today (a retired template keeps its items, so old scores never change). */
  retiredDaysAgo?: number;
  items: ChecklistItemSeed[];
}

/** The default template, from the speech: 五有, 阵地建设, 制度落实, 群众评价. */
export const DEFAULT_CHECKLIST: ChecklistSeed = {
  key: 'brand',
  name: '党建品牌创建督促检查表',
  description:
    '依据县委关于党建品牌创建和基层组织建设“美丽工程”的部署制定，对照“五有”标准和基础设施配套、标识墙牌规范、档案资料齐全的要求，用于定期检查、不定期抽查和创建单位自查自纠。满分100分。',
  createdDaysAgo: 222,
  items: [
    { code: 'NAME', section: '五有', title: '有名称：品牌名称简洁鲜明、寓意积极', max: 6 },
    { code: 'LOGO', section: '五有', title: '有标识：品牌标识设计规范、统一使用', max: 7 },
    { code: 'CONCEPT', section: '五有', title: '有内涵：品牌理念清晰，工作法可复制可推广', max: 7 },
    { code: 'CARRIER', section: '五有', title: '有载体：依托阵地和活动载体常态化开展创建', max: 8 },
    { code: 'INFLUENCE', section: '五有', title: '有影响：创建成效明显，经验做法得到宣传推广', max: 7 },
    { code: 'FACILITY', section: '阵地建设', title: '基础设施配套：活动场所环境整洁、设施完备、功能齐全', max: 10 },
    { code: 'SIGNAGE', section: '阵地建设', title: '标识墙牌规范：党组织标识、制度上墙和公开栏规范统一', max: 8 },
    { code: 'ARCHIVE', section: '阵地建设', title: '档案资料齐全：创建方案、活动记录、台账资料规范归档', max: 8 },
    { code: 'PLAN', section: '制度落实', title: '品牌创建方案落实：创建计划节点按时推进', max: 10 },
    { code: 'DUTY', section: '制度落实', title: '责任部门、责任人到位：分工明确、责任到人', max: 6 },
    { code: 'SUPPORT', section: '制度落实', title: '领导联系和部门帮扶落实：联系领导到点指导、帮扶措施兑现', max: 6 },
    { code: 'AWARENESS', section: '群众评价', title: '群众知晓率和满意度：走访群众知晓品牌、认可创建成效', max: 12 },
    {
      code: 'OPENNESS',
      section: '群众评价',
      title: '整改公开：整改措施、时限、责任人向群众公开，接受监督评议',
      max: 5,
    },
  ],
};

/** A smaller template for the rectification of lagging Party organisations (整改提高). */
export const LAGGING_CHECKLIST: ChecklistSeed = {
  key: 'lagging',
  name: '后进党组织整顿转化检查表',
  description:
    '用于后进基层党组织整顿转化情况的定期检查：聚焦班子建设、整改任务和群众评议，确保100％后进党组织实现转化。满分100分。',
  createdDaysAgo: 400,
  items: [
    { code: 'TEAM', section: '班子队伍', title: '班子建设：书记选优配强，班子团结、作用发挥明显', max: 20 },
    { code: 'TASKS', section: '整改提高', title: '整改任务具体化：“对症下药”制定整改方案，任务到人', max: 15 },
    { code: 'PUBLICITY', section: '整改提高', title: '整改问题公开：整改措施、时限、责任人向群众公开', max: 15 },
    { code: 'MEETINGS', section: '制度落实', title: '组织生活：“三会一课”等组织生活正常开展、记录完整', max: 15 },
    { code: 'PREMISES', section: '制度落实', title: '阵地保障：有场所做事、有钱办事、有人干事', max: 15 },
    { code: 'MASSES', section: '群众评价', title: '群众评议：群众对整顿转化成效的满意程度', max: 20 },
  ],
};

/** Last year's template, retired when the default one replaced it. */
export const RETIRED_CHECKLIST: ChecklistSeed = {
  key: 'brand-2025',
  name: '党建品牌创建检查表（旧版）',
  description: '上一年度使用的党建品牌创建检查表，已由“党建品牌创建督促检查表”替代，仅保留用于查看历史检查记录。',
  createdDaysAgo: 600,
  retiredDaysAgo: 220,
  items: [
    { code: 'POSITIONING', section: '品牌定位', title: '品牌名称、标识和理念', max: 15 },
    { code: 'PLAN', section: '创建推进', title: '创建方案制定和节点推进', max: 20 },
    { code: 'FACILITY', section: '创建推进', title: '活动阵地建设', max: 20 },
    { code: 'ACTIVITY', section: '创建推进', title: '创建活动开展', max: 20 },
    { code: 'ARCHIVE', section: '基础工作', title: '档案资料', max: 10 },
    { code: 'AWARENESS', section: '群众评价', title: '群众评价', max: 15 },
  ],
};

export const CHECKLISTS: ChecklistSeed[] = [DEFAULT_CHECKLIST, LAGGING_CHECKLIST, RETIRED_CHECKLIST];

/** Short notes written against an item scored below 70% of its maximum. */
export const ITEM_NOTES: Record<string, string> = {
  NAME: '品牌名称宣传不够，部分党员群众说不出品牌名称。',
  LOGO: '品牌标识未在阵地和资料中统一使用。',
  CONCEPT: '品牌理念提炼不够，工作法总结不到位。',
  CARRIER: '创建载体作用发挥不充分，活动开展不够经常。',
  INFLUENCE: '创建成效宣传推广不够，影响力有待提升。',
  FACILITY: '活动场所设施不配套，部分功能室未投入使用。',
  SIGNAGE: '标识墙牌不规范，制度上墙不统一。',
  ARCHIVE: '档案资料不齐全，活动记录和台账缺失。',
  PLAN: '创建计划节点推进滞后。',
  DUTY: '责任分工不够明确，责任人履职不到位。',
  SUPPORT: '联系领导到点指导和部门帮扶措施落实不够。',
  AWARENESS: '走访群众知晓率不高，满意度有待提升。',
  OPENNESS: '整改事项公开不及时，群众监督渠道不畅。',
  POSITIONING: '品牌定位不够清晰。',
  ACTIVITY: '创建活动开展不够经常。',
  TEAM: '班子战斗力不强，书记作用发挥不明显。',
  TASKS: '整改方案针对性不强，任务未分解到人。',
  PUBLICITY: '整改问题未向群众公开。',
  MEETINGS: '“三会一课”记录不完整，组织生活不经常。',
  PREMISES: '活动场所简陋，经费保障不到位。',
  MASSES: '群众对整顿转化成效评价不高。',
};
