import type { UnitKind } from '../../tables/enums';
import type { PersonValue } from '../../tables/plans';
import { COUNTY_BRANDS } from './brands-county';
import { EARLY_BRANDS } from './brands-early';
import { MORE_BRANDS } from './brands-more';
import { TOWN_BRANDS } from './brands-towns';
import type { BrandSeed } from './types';

/** Every demo brand, in a fixed order. */
export const BRANDS: BrandSeed[] = [...COUNTY_BRANDS, ...TOWN_BRANDS, ...MORE_BRANDS, ...EARLY_BRANDS];

/** County leaders who act as 联系领导 (all invented; 李部长 is the one the speech mentions). */
export const LIAISON_LEADERS: PersonValue[] = [
  { name: '李建华', title: '县委常委、组织部部长', phone: '13800000001' },
  { name: '王志刚', title: '县委副书记', phone: '13800000002' },
  { name: '赵红梅', title: '县委组织部常务副部长', phone: '13800000003' },
  { name: '孙国平', title: '县政府副县长', phone: '13800000004' },
  { name: '周晓燕', title: '县委组织部副部长', phone: '13800000005' },
];

/** Departments that help a brand (部门帮扶) and what they give. */
export const AID_DEPARTMENTS: [string, string][] = [
  ['县农业农村局', '选派农技人员定期指导，协调产业项目资金'],
  ['县财政局', '落实党建工作经费，纳入年度预算予以保障'],
  ['县民政局', '指导社区治理和社会组织规范运行'],
  ['县人社局', '开展技能培训，帮助对接就业岗位'],
  ['县委宣传部', '组织媒体宣传报道，提炼推广经验'],
  ['县卫生健康局', '协调医疗资源下沉，支持阵地设施配套'],
];

/** Given names of the people responsible for brands (invented). */
const SURNAMES = '张王刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const GIVEN = ['明', '伟', '芳', '军', '丽', '强', '静', '磊', '洋', '艳', '勇', '杰', '娟', '涛', '敏', '斌'];
const GIVEN2 = ['华', '平', '霞', '林', '峰', '英', '东', '红', '波', '琴', '辉', '燕', '刚', '萍', '超', '玲'];

/** Title of a unit's responsible person by unit kind. */
const TITLES: Record<UnitKind, string> = {
  COUNTY_COMMITTEE: '县委副书记',
  TOWN_COMMITTEE: '党委副书记',
  DEPARTMENT: '组织科科长',
  VILLAGE: '村党支部书记',
  COMMUNITY: '社区党组织书记',
  ENTERPRISE: '党支部书记',
  AGENCY: '机关党委专职副书记',
  INSTITUTION: '党组织副书记',
  SOCIAL_ORG: '党支部书记',
};

/** The responsible person of the i-th brand: a fictional name, a title and an 11-digit fictional phone. */
export function responsiblePerson(i: number, kind: UnitKind): PersonValue {
  const name = SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[(i * 5) % GIVEN.length] + GIVEN2[(i * 3) % GIVEN2.length];
  return { name, title: TITLES[kind], phone: `139${String(10_000_000 + i * 1_237).padStart(8, '0')}` };
}
