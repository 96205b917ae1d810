import type { Role } from '../tables/enums';
import { COUNTY_COMMITTEE, ORG_DEPARTMENT } from './data/units';

/** Password of every demo account. */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  /** Name of the account's unit. */
  unitName?: string;
  /** What to try with this account (printed by the server at start). */
  description: string;
}

/** The village and the community the two unit accounts belong to. */
export const DEMO_VILLAGE = '桃源村党支部';
export const DEMO_COMMUNITY = '城北社区党委';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    role: 'ADMIN',
    displayName: '县委组织部 陈管理员',
    unitName: COUNTY_COMMITTEE,
    description: '系统管理员：维护全县单位树、用户和角色、检查表模板。',
  },
  {
    username: 'leader',
    role: 'LEADER',
    displayName: '县委组织部 李部长',
    unitName: ORG_DEPARTMENT,
    description:
      '县委组织部领导：查看全县品牌驾驶舱和后进党组织转化情况；审核城北社区提交的“红色物业”进小区、泉水村重新提交的“乡贤议事会”方案；推进品牌阶段、认定级别。',
  },
  {
    username: 'inspector',
    role: 'INSPECTOR',
    displayName: '县委组织部 王督查员',
    unitName: ORG_DEPARTMENT,
    description: '督查员：对“美丽工程”等有逾期节点的品牌开展定期检查和不定期抽查，提出整改事项并核验整改。',
  },
  {
    username: 'unit',
    role: 'UNIT',
    displayName: '桃源村党支部 刘书记',
    unitName: DEMO_VILLAGE,
    description:
      '创建单位（村）：为桃源村“农家党校”填报节点进展（有一个节点已逾期）；按退回意见修改无职党员“设岗定责先锋承诺”方案后重新提交。',
  },
  {
    username: 'unit2',
    role: 'UNIT',
    displayName: '城北社区党委 周书记',
    unitName: DEMO_COMMUNITY,
    description: '创建单位（社区）：为网格党建“红色管家”填报节点进展；查看待审核的“红色物业”进小区方案；开展自查。',
  },
];
