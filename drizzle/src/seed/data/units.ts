import type { TownSeed, UnitSeed } from './types';

/** The demo county: 青山县, in 临江市 of 江南省 (all invented). */
export const COUNTY = '青山县';
export const CITY = '临江市';
export const PROVINCE = '江南省';

export const COUNTY_COMMITTEE = '中共青山县委';
export const ORG_DEPARTMENT = '中共青山县委组织部';
export const TWO_NEW_COMMITTEE = '中共青山县委两新工委';
export const AGRICULTURE_BUREAU = '青山县农业农村局机关党委';

/** Departments, agencies and institutions directly under the county committee. */
export const COUNTY_UNITS: UnitSeed[] = [
  [ORG_DEPARTMENT, 'DEPARTMENT', 'V'],
  [TWO_NEW_COMMITTEE, 'DEPARTMENT', 'A'],
  ['中共青山县直属机关工委', 'DEPARTMENT', 'A'],
  [AGRICULTURE_BUREAU, 'AGENCY', 'V'],
  ['青山县市场监督管理局机关党支部', 'AGENCY', 'A'],
  ['青山县人民医院党委', 'INSTITUTION', 'A>V'],
  ['青山县第一中学党总支', 'INSTITUTION', 'V'],
];

/** Eight towns and streets, ten grassroots organisations each. */
export const TOWNS: TownSeed[] = [
  {
    name: '城关镇党委',
    tier: 'V',
    children: [
      ['桃源村党支部', 'VILLAGE', 'A>V'],
      ['城北社区党委', 'COMMUNITY', 'V'],
      ['城南社区党委', 'COMMUNITY', 'A'],
      ['东关村党支部', 'VILLAGE', 'L>A'],
      ['西关村党支部', 'VILLAGE', 'L'],
      ['南塘村党支部', 'VILLAGE', 'A'],
      ['城关镇流动党员党支部', 'SOCIAL_ORG', 'V', 'MOBILE'],
      ['城关商贸市场党支部', 'ENTERPRISE', 'A', 'REGIONAL'],
      ['城关镇个体工商户联合党支部', 'ENTERPRISE', 'L', 'JOINT'],
      ['城关镇敬老院党支部', 'INSTITUTION', 'L'],
    ],
  },
  {
    name: '河西街道党工委',
    tier: 'A',
    children: [
      ['河西社区党委', 'COMMUNITY', 'V'],
      ['滨河社区党委', 'COMMUNITY', 'V'],
      ['柳岸社区党支部', 'COMMUNITY', 'L>A'],
      ['河西新村社区党支部', 'COMMUNITY', 'L'],
      ['锦江花园小区党支部', 'COMMUNITY', 'A', 'REGIONAL'],
      ['河西街道两新组织联合党支部', 'SOCIAL_ORG', 'L', 'JOINT'],
      ['青山县义工联合会党支部', 'SOCIAL_ORG', 'A'],
      ['河西物流园党支部', 'ENTERPRISE', 'A', 'INDUSTRY'],
      ['滨河幼儿园党支部', 'INSTITUTION', 'A'],
      ['河西村党支部', 'VILLAGE', 'L'],
    ],
  },
  {
    name: '东城街道党工委',
    tier: 'A',
    children: [
      ['东城社区党委', 'COMMUNITY', 'A'],
      ['锦绣花园社区党支部', 'COMMUNITY', 'V'],
      ['朝阳社区党支部', 'COMMUNITY', 'L>A'],
      ['新城社区党支部', 'COMMUNITY', 'L'],
      ['青山县“党员e家”网络党支部', 'SOCIAL_ORG', 'A', 'ONLINE'],
      ['东城农贸市场党支部', 'ENTERPRISE', 'L', 'REGIONAL'],
      ['东城律师行业联合党支部', 'SOCIAL_ORG', 'A', 'JOINT'],
      ['东城快递物流行业党支部', 'ENTERPRISE', 'L>A', 'INDUSTRY'],
      ['东城社区卫生服务中心党支部', 'INSTITUTION', 'V'],
      ['东湖村党支部', 'VILLAGE', 'A'],
    ],
  },
  {
    name: '青石镇党委',
    tier: 'A',
    children: [
      ['青石村党支部', 'VILLAGE', 'A>V'],
      ['石桥村党支部', 'VILLAGE', 'L'],
      ['上坪村党支部', 'VILLAGE', 'L>A'],
      ['下坪村党支部', 'VILLAGE', 'L'],
      ['双河村党支部', 'VILLAGE', 'A'],
      ['青石猕猴桃专业合作社党支部', 'ENTERPRISE', 'V', 'INDUSTRY'],
      ['青石镇种养大户联合党支部', 'ENTERPRISE', 'A', 'JOINT'],
      ['青石镇流动党员党支部', 'SOCIAL_ORG', 'L', 'MOBILE'],
      ['白果村党支部', 'VILLAGE', 'A'],
      ['青石中心学校党支部', 'INSTITUTION', 'A'],
    ],
  },
  {
    name: '柳湾镇党委',
    tier: 'A',
    children: [
      ['杨柳村党支部', 'VILLAGE', 'V'],
      ['柳湾村党支部', 'VILLAGE', 'A'],
      ['河湾村党支部', 'VILLAGE', 'L>A'],
      ['沙坪村党支部', 'VILLAGE', 'L'],
      ['红旗村党支部', 'VILLAGE', 'L>V'],
      ['柳湾镇锦程服装有限公司党支部', 'ENTERPRISE', 'A'],
      ['柳湾镇竹编专业协会党支部', 'SOCIAL_ORG', 'A', 'INDUSTRY'],
      ['柳湾镇卫生院党支部', 'INSTITUTION', 'A'],
      ['新桥村党支部', 'VILLAGE', 'L'],
      ['柳湾中学党支部', 'INSTITUTION', 'V'],
    ],
  },
  {
    name: '白水乡党委',
    tier: 'A',
    children: [
      ['石门村党支部', 'VILLAGE', 'V'],
      ['白水村党支部', 'VILLAGE', 'L>V'],
      ['高山村党支部', 'VILLAGE', 'L'],
      ['云雾村党支部', 'VILLAGE', 'L>A'],
      ['桐木村党支部', 'VILLAGE', 'L'],
      ['岩口村党支部', 'VILLAGE', 'L'],
      ['白水高山茶叶专业合作社党支部', 'ENTERPRISE', 'V', 'INDUSTRY'],
      ['白水乡流动党员党支部', 'SOCIAL_ORG', 'A', 'MOBILE'],
      ['大坪村党支部', 'VILLAGE', 'L>A'],
      ['白水乡中心卫生院党支部', 'INSTITUTION', 'A'],
    ],
  },
  {
    name: '龙泉镇党委',
    tier: 'V',
    children: [
      ['泉水村党支部', 'VILLAGE', 'A'],
      ['龙泉村党支部', 'VILLAGE', 'V'],
      ['龙头村党支部', 'VILLAGE', 'L'],
      ['凤凰村党支部', 'VILLAGE', 'L>V'],
      ['金竹村党支部', 'VILLAGE', 'L'],
      ['龙泉茶叶专业合作社党支部', 'ENTERPRISE', 'V', 'INDUSTRY'],
      ['龙泉镇电商产业园党支部', 'ENTERPRISE', 'A', 'INDUSTRY'],
      ['龙泉镇家庭农场联合党支部', 'ENTERPRISE', 'L', 'JOINT'],
      ['龙泉镇民宿协会党支部', 'SOCIAL_ORG', 'A', 'INDUSTRY'],
      ['坪上村党支部', 'VILLAGE', 'L'],
    ],
  },
  {
    name: '青山经济开发区党工委',
    tier: 'A',
    children: [
      ['青山经开区小微企业联合党支部', 'ENTERPRISE', 'A>V', 'JOINT'],
      ['青山精工机械有限公司党支部', 'ENTERPRISE', 'V'],
      ['华源新材料有限公司党支部', 'ENTERPRISE', 'A'],
      ['绿源食品有限公司党支部', 'ENTERPRISE', 'L>A'],
      ['经开区物流行业党支部', 'ENTERPRISE', 'L', 'INDUSTRY'],
      ['经开区创业孵化园党支部', 'ENTERPRISE', 'A', 'REGIONAL'],
      ['经开区人才驿站党支部', 'SOCIAL_ORG', 'A', 'FUNCTIONAL'],
      ['宏达纺织有限公司党支部', 'ENTERPRISE', 'L'],
      ['经开区园区社区党支部', 'COMMUNITY', 'L', 'REGIONAL'],
      ['经开区项目建设临时党支部', 'ENTERPRISE', 'L', 'FUNCTIONAL'],
    ],
  },
];
